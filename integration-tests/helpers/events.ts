import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs `action` and waits until the subscribers of `eventName` it triggers
 * have finished, with either event bus:
 * - local bus: test-utils' waitSubscribersExecution;
 * - Redis bus (REDIS_URL set): until the BullMQ queue has no job left.
 */
export async function afterEvent<T>(
  container: MedusaContainer,
  eventName: string,
  action: () => Promise<T>,
  { timeout = 60_000 }: { timeout?: number } = {}
): Promise<T> {
  const eventBus: any = container.resolve(Modules.EVENT_BUS)
  if (eventBus.eventEmitter_) {
    const done = TestEventUtils.waitSubscribersExecution(eventName, eventBus, { timeout })
    let result: T
    try {
      result = await action()
    } catch (error) {
      // The event will not come. test-utils queues waits for the same event one after another, so a
      // waiter left pending would make the next wait for this event (in a later test) attach its
      // listeners only after this one times out, and miss its event: wait this one out first.
      await done.catch(() => undefined)
      throw error
    }
    await done
    return result
  }
  const result = await action()
  await drainQueue(eventBus, timeout)
  return result
}

/**
 * Retries `check` until it stops throwing, for state that subscribers write
 * after the request that caused it has answered (later still on the Redis bus,
 * where a wait for "the" event can be satisfied by an older one of the same name).
 */
export async function eventually<T>(
  check: () => Promise<T>,
  { timeout = 60_000, interval = 250 }: { timeout?: number; interval?: number } = {}
): Promise<T> {
  const deadline = Date.now() + timeout
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await sleep(interval)
    }
  }
}

/** Delivers an event again, exactly as the bus would on a redelivery, and waits for its subscribers. */
export async function redeliver(container: MedusaContainer, eventName: string, data: Record<string, unknown>) {
  const eventBus: any = container.resolve(Modules.EVENT_BUS)
  await afterEvent(container, eventName, () => eventBus.emit({ name: eventName, data }))
}

/**
 * Teardown hygiene for the Redis bus: waits (at most `timeout`, without
 * failing) until no event job is waiting or running, so the runner does not
 * close Redis and drop the database under handlers still at work (a workflow
 * failing then tries to compensate through a closed Redis connection and
 * fails the suite after its tests passed). Call it in an `afterAll` of the
 * file's last describe block: the runner's own cleanup runs after that. A
 * no-op on the in-process bus.
 */
export async function settleEvents(container: MedusaContainer, { timeout = 30_000 }: { timeout?: number } = {}) {
  const eventBus: any = container.resolve(Modules.EVENT_BUS)
  if (eventBus.eventEmitter_ || !eventBus.queue_) return
  await drainQueue(eventBus, timeout).catch(() => undefined)
}

async function drainQueue(eventBus: any, timeout: number) {
  const deadline = Date.now() + timeout
  let idle = 0
  await sleep(300)
  while (Date.now() < deadline) {
    const counts = await eventBus.queue_.getJobCounts("waiting", "active", "delayed", "prioritized")
    const pending = Object.values(counts as Record<string, number>).reduce((a, b) => a + b, 0)
    idle = pending === 0 ? idle + 1 : 0
    if (idle >= 3) return
    await sleep(150)
  }
  throw new Error(`events still pending after ${timeout} ms`)
}
