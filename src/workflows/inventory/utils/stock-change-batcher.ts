import type { MedusaContainer } from "@medusajs/framework/types"
import type { StockChangeInput } from "../../../modules/inventory-alert/types"
import { processStockChangesWorkflow } from "../process-stock-changes"

type Waiter = { input: StockChangeInput; resolve: () => void; reject: (error: unknown) => void }

const MAX_BATCH = 2000

/**
 * Group commit for stock-change events. A bulk stock update emits one event
 * per level; running one workflow per event would spend most of its time in
 * workflow and transaction overhead. Events that arrive while a batch runs
 * wait for the next one, and each caller's promise settles when the batch
 * holding its change has been processed, so a failure still reaches the
 * event bus (and its retry) of every event in the batch.
 */
class StockChangeBatcher {
  private queue: Waiter[] = []
  private running = false

  constructor(private readonly container: MedusaContainer) {}

  add(input: StockChangeInput): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ input, resolve, reject })
      if (!this.running) {
        this.running = true
        setImmediate(() => void this.drain())
      }
    })
  }

  private async drain() {
    while (this.queue.length) {
      const batch = this.queue.splice(0, MAX_BATCH)
      const merged: Required<StockChangeInput> = {
        level_ids: [],
        reservation_ids: [],
        inventory_item_ids: [],
        event_groups: {},
      }
      for (const { input } of batch) {
        merged.level_ids.push(...(input.level_ids ?? []))
        merged.reservation_ids.push(...(input.reservation_ids ?? []))
        merged.inventory_item_ids.push(...(input.inventory_item_ids ?? []))
        Object.assign(merged.event_groups, input.event_groups ?? {})
      }
      try {
        await processStockChangesWorkflow(this.container).run({ input: merged })
        batch.forEach((w) => w.resolve())
      } catch (error) {
        batch.forEach((w) => w.reject(error))
      }
    }
    this.running = false
  }
}

const batchers = new WeakMap<MedusaContainer, StockChangeBatcher>()

/** Processes a stock change together with the others arriving at the same time. */
export function processStockChange(container: MedusaContainer, input: StockChangeInput) {
  let batcher = batchers.get(container)
  if (!batcher) {
    batcher = new StockChangeBatcher(container)
    batchers.set(container, batcher)
  }
  return batcher.add(input)
}
