import type { MedusaContainer } from "@medusajs/framework/types"

type Waiter<T, R> = { input: T; resolve: (result: R) => void; reject: (error: unknown) => void }

export type GroupCommitOptions = {
  /** Most inputs one run takes; the rest wait for the next run. */
  maxBatch?: number
  /**
   * How long the first input of an idle queue waits for others before its run
   * starts (default: one turn of the event loop). Work that nobody waits on (a
   * recount for a sort order) can wait a little to be shared by more events.
   */
  lingerMs?: number
}

/**
 * Group commit: inputs that arrive while a run is in flight are merged into
 * the next run, so a burst of events costs a few workflow runs instead of one
 * per event. There is one run at a time per container. Merging needs events
 * handled concurrently: the in-process bus runs them so, and medusa-config
 * gives the Redis bus's BullMQ worker a concurrency above its default of 1.
 *
 * Each caller's promise settles with the run that held its input (resolving
 * to that run's result, from which a caller takes its share), so an event
 * handler still fails (and gets the event bus's retry) when its own work
 * failed. When a merged run fails, its inputs are run again one by one: one
 * bad input fails only its own caller, and the others are not held back by
 * it. That re-run is safe because every `run` given here is idempotent (a
 * recount or an upsert keyed by its source), as every event handler must be.
 */
export function groupCommit<T, R = unknown, C extends object = MedusaContainer>(
  run: (container: C, inputs: T[]) => Promise<R>,
  { maxBatch = 1000, lingerMs = 0 }: GroupCommitOptions = {}
): (container: C, input: T) => Promise<R> {
  type Queue = { waiting: Waiter<T, R>[]; running: boolean }
  const queues = new WeakMap<C, Queue>()

  async function drain(container: C, queue: Queue) {
    try {
      while (queue.waiting.length) {
        const batch = queue.waiting.splice(0, maxBatch)
        try {
          const result = await run(
            container,
            batch.map((waiter) => waiter.input)
          )
          batch.forEach((waiter) => waiter.resolve(result))
        } catch (error) {
          if (batch.length === 1) {
            batch[0].reject(error)
            continue
          }
          for (const waiter of batch) {
            try {
              waiter.resolve(await run(container, [waiter.input]))
            } catch (own) {
              waiter.reject(own)
            }
          }
        }
      }
    } finally {
      queue.running = false
    }
  }

  return function add(container, input) {
    let queue = queues.get(container)
    if (!queue) {
      queue = { waiting: [], running: false }
      queues.set(container, queue)
    }
    const target = queue
    return new Promise<R>((resolve, reject) => {
      target.waiting.push({ input, resolve, reject })
      if (!target.running) {
        target.running = true
        // At least one turn of the event loop, so the events emitted together are taken together.
        if (lingerMs > 0) setTimeout(() => void drain(container, target), lingerMs)
        else setImmediate(() => void drain(container, target))
      }
    })
  }
}

type IdLists = { [key: string]: string[] | undefined }

/**
 * The id lists of a batch's inputs merged key by key, each id once. A key no
 * input names (or names with no ids) is left out, so a merged input never
 * reads as "everything" where an omitted list means that.
 */
export function mergeIdLists<T extends IdLists>(inputs: T[]): T {
  const merged: Record<string, Set<string>> = {}
  for (const input of inputs) {
    for (const [key, ids] of Object.entries(input)) {
      if (!ids?.length) continue
      const set = (merged[key] ??= new Set())
      ids.forEach((id) => set.add(id))
    }
  }
  return Object.fromEntries(Object.entries(merged).map(([key, ids]) => [key, [...ids]])) as T
}
