import { MedusaError } from "@medusajs/framework/utils"
import { isMeilisearchUnreachable, MEILISEARCH_UNAUTHORIZED, toProviderError } from "../utils/errors"
import { decodeTaskId, encodeTaskId, TaskLike, toSearchTaskStatus, waitForTasks } from "../utils/tasks"

/** A fake clock and task store: each poll advances time by the sleep. */
function harness(script: Record<number, string[]>) {
  let time = 0
  const polls: number[][] = []
  const fetchTasks = async (uids: number[]): Promise<TaskLike[]> => {
    polls.push(uids)
    return uids
      .filter((uid) => script[uid])
      .map((uid) => {
        const states = script[uid]
        const status = states.length > 1 ? states.shift()! : states[0]
        return {
          uid,
          status,
          error: status === "failed" ? { message: `boom ${uid}`, code: "invalid_document_id" } : null,
        }
      })
  }
  return {
    polls,
    fetchTasks,
    options: (timeout_ms = 1000) => ({
      timeout_ms,
      interval_ms: 100,
      now: () => time,
      sleep: async (ms: number) => {
        time += ms
      },
    }),
  }
}

describe("tasks", () => {
  it("maps Meilisearch statuses", () => {
    expect(toSearchTaskStatus("enqueued")).toBe("enqueued")
    expect(toSearchTaskStatus("processing")).toBe("processing")
    expect(toSearchTaskStatus("succeeded")).toBe("succeeded")
    expect(toSearchTaskStatus("failed")).toBe("failed")
    expect(toSearchTaskStatus("canceled")).toBe("failed")
  })

  it("encodes several task uids in one id and decodes them back", () => {
    expect(encodeTaskId([3, 4, 12])).toBe("3,4,12")
    expect(decodeTaskId("3,4,12")).toEqual([3, 4, 12])
    expect(decodeTaskId("7")).toEqual([7])
    expect(() => decodeTaskId(undefined)).toThrow(/not a Meilisearch task id/)
    expect(() => decodeTaskId("3,x")).toThrow(/not a Meilisearch task id/)
    expect(() => decodeTaskId("")).toThrow(/not a Meilisearch task id/)
  })

  it("polls until every task succeeded, asking only for the pending ones", async () => {
    const h = harness({ 1: ["enqueued", "succeeded"], 2: ["enqueued", "processing", "succeeded"] })
    await expect(waitForTasks(h.fetchTasks, [1, 2], h.options())).resolves.toEqual({ status: "succeeded" })
    expect(h.polls).toEqual([[1, 2], [1, 2], [2]])
  })

  it("reports the first failure once all tasks are finished", async () => {
    const h = harness({ 1: ["succeeded"], 2: ["processing", "failed"], 3: ["failed"] })
    await expect(waitForTasks(h.fetchTasks, [1, 2, 3], h.options())).resolves.toEqual({
      status: "failed",
      error: { message: "boom 3", code: "invalid_document_id" },
    })
  })

  it("treats a canceled or unknown task as failed", async () => {
    const canceled = harness({ 5: ["canceled"] })
    await expect(waitForTasks(canceled.fetchTasks, [5], canceled.options())).resolves.toEqual({
      status: "failed",
      error: { message: "Meilisearch task 5 was canceled", code: "task_canceled" },
    })
    const unknown = harness({})
    await expect(waitForTasks(unknown.fetchTasks, [9], unknown.options())).resolves.toMatchObject({
      status: "failed",
      error: { code: "task_not_found" },
    })
  })

  it("throws when the timeout passes first instead of answering 'still processing'", async () => {
    const h = harness({ 1: ["processing"] })
    await expect(waitForTasks(h.fetchTasks, [1], h.options(350))).rejects.toThrow(
      /Timed out after 350ms waiting for Meilisearch task\(s\) 1/
    )
    // Polls at t=0, 100, 200, 300 and 400 (when 400 >= 350 ends it).
    expect(h.polls).toHaveLength(5)
  })
})

/** Errors shaped like the official client's (recognised by name). */
function apiError(status: number, body: { code?: string; message: string }, headers: Record<string, string> = {}) {
  return Object.assign(new Error(body.message), {
    name: "MeilisearchApiError",
    cause: body,
    response: { status, headers: { get: (name: string) => headers[name] ?? null } },
  })
}

describe("toProviderError", () => {
  const host = "http://meili:7700"

  it("turns index_not_found into NOT_FOUND, which the Search Module retries on", () => {
    const error = toProviderError(
      apiError(404, { code: "index_not_found", message: "Index `x` not found." }),
      "searching",
      host
    )
    expect(error).toBeInstanceOf(MedusaError)
    expect((error as MedusaError).type).toBe(MedusaError.Types.NOT_FOUND)
  })

  it("keeps status 429 and retry_after for the module's rate-limit backoff", () => {
    const error = toProviderError(
      apiError(429, { message: "Too many requests" }, { "retry-after": "3" }),
      "writing",
      host
    ) as any
    expect(error.status).toBe(429)
    expect(error.retry_after).toBe(3000)
  })

  it("turns a request Meilisearch rejected into INVALID_DATA with its message and code", () => {
    const error = toProviderError(
      apiError(400, { code: "invalid_search_filter", message: "Attribute `x` is not filterable." }),
      "searching",
      host
    ) as MedusaError
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(error.message).toBe(
      "Meilisearch rejected searching: Attribute `x` is not filterable. (invalid_search_filter)"
    )
  })

  it("codes a refused key and an unreachable server so a status page can tell them apart", () => {
    const refused = toProviderError(
      apiError(403, { code: "invalid_api_key", message: "The provided API key is invalid." }),
      "searching",
      host
    )
    expect((refused as any).code).toBe(MEILISEARCH_UNAUTHORIZED)
    expect(isMeilisearchUnreachable(refused)).toBe(false)

    const network = Object.assign(new Error("Request to http://meili:7700/multi-search has failed"), {
      name: "MeilisearchRequestError",
      cause: Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } }),
    })
    const unreachable = toProviderError(network, "searching", host)
    expect(isMeilisearchUnreachable(unreachable)).toBe(true)
    expect(unreachable.message).toBe(
      "Meilisearch is unreachable at http://meili:7700 (searching): fetch failed (ECONNREFUSED)"
    )

    const timeout = Object.assign(new Error("request timed out after 10000ms"), {
      name: "MeilisearchRequestTimeOutError",
    })
    expect(isMeilisearchUnreachable(toProviderError(timeout, "searching", host))).toBe(true)
  })

  it("passes Medusa errors through and wraps anything else", () => {
    const medusa = new MedusaError(MedusaError.Types.NOT_ALLOWED, "no")
    expect(toProviderError(medusa, "x", host)).toBe(medusa)
    const wrapped = toProviderError(new Error("odd"), "listing indexes", host) as MedusaError
    expect(wrapped.type).toBe(MedusaError.Types.UNEXPECTED_STATE)
    expect(wrapped.message).toBe("Meilisearch failed listing indexes: odd")
    expect(toProviderError(apiError(500, { message: "internal" }), "x", host).message).toBe(
      "Meilisearch failed x: internal"
    )
  })
})
