import { groupCommit } from "../group-commit"

type Container = { name: string }

function recorder() {
  const runs: number[][] = []
  let release: (() => void) | null = null
  const run = async (_container: Container, inputs: number[]) => {
    runs.push([...inputs])
    if (inputs.includes(-1)) throw new Error("bad input -1")
    if (inputs.includes(99)) await new Promise<void>((resolve) => (release = resolve))
    return inputs.reduce((sum, n) => sum + n, 0)
  }
  return { runs, run, release: () => release?.() }
}

describe("groupCommit", () => {
  it("merges the calls of one turn into one run and resolves each with that run's result", async () => {
    const { runs, run } = recorder()
    const add = groupCommit(run)
    const container = { name: "a" }
    const results = await Promise.all([add(container, 1), add(container, 2), add(container, 3)])
    expect(runs).toEqual([[1, 2, 3]])
    expect(results).toEqual([6, 6, 6])
  })

  it("runs one batch at a time: calls made during a run wait for the next one", async () => {
    const { runs, run, release } = recorder()
    const add = groupCommit(run)
    const container = { name: "a" }
    const first = add(container, 99)
    await new Promise((resolve) => setImmediate(resolve))
    expect(runs).toEqual([[99]])
    const later = [add(container, 4), add(container, 5)]
    await new Promise((resolve) => setImmediate(resolve))
    expect(runs).toHaveLength(1)
    release()
    expect(await first).toBe(99)
    expect(await Promise.all(later)).toEqual([9, 9])
    expect(runs).toEqual([[99], [4, 5]])
  })

  it("re-runs a failed batch one input at a time, so only the bad input's caller fails", async () => {
    const { runs, run } = recorder()
    const add = groupCommit(run)
    const container = { name: "a" }
    const settled = await Promise.allSettled([add(container, 1), add(container, -1), add(container, 2)])
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled"])
    expect((settled[1] as PromiseRejectedResult).reason.message).toBe("bad input -1")
    expect(runs).toEqual([[1, -1, 2], [1], [-1], [2]])
  })

  it("fails a single-input batch once, without running it again", async () => {
    const { runs, run } = recorder()
    const add = groupCommit(run)
    await expect(add({ name: "a" }, -1)).rejects.toThrow("bad input -1")
    expect(runs).toEqual([[-1]])
  })

  it("keeps a queue per container and takes at most maxBatch inputs per run", async () => {
    const { runs, run } = recorder()
    const add = groupCommit(run, { maxBatch: 2 })
    const a = { name: "a" }
    const b = { name: "b" }
    await Promise.all([add(a, 1), add(b, 10), add(a, 2), add(a, 3), add(b, 20)])
    expect(runs).toEqual(expect.arrayContaining([[1, 2], [3], [10, 20]]))
    expect(runs).toHaveLength(3)
  })

  it("starts afresh after a queue drained", async () => {
    const { runs, run } = recorder()
    const add = groupCommit(run)
    const container = { name: "a" }
    await add(container, 1)
    await add(container, 2)
    expect(runs).toEqual([[1], [2]])
  })
})

describe("groupCommit lingerMs", () => {
  it("waits lingerMs before the first run of an idle queue, taking what arrives meanwhile", async () => {
    const { runs, run } = recorder()
    const add = groupCommit(run, { lingerMs: 40 })
    const container = { name: "a" }
    const first = add(container, 1)
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(runs).toEqual([])
    const second = add(container, 2)
    expect(await Promise.all([first, second])).toEqual([3, 3])
    expect(runs).toEqual([[1, 2]])
  })
})
