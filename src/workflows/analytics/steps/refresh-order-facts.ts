import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ANALYTICS_REPORT_MODULE } from "../../../modules/analytics-report"
import type AnalyticsReportModuleService from "../../../modules/analytics-report/service"
import type { ApplyFactsResult } from "../../../modules/analytics-report/types"
import {
  buildOrderFacts,
  countsAsOrder,
  ORDER_FACT_FIELDS,
  type SourceOrder,
} from "../../../modules/analytics-report/utils/facts"

export type RefreshOrderFactsInput = {
  /** Orders to refresh (their current state replaces their facts; a missing order loses its facts). */
  order_ids?: string[]
  /** Payments whose orders to refresh (payment events carry a payment id). */
  payment_ids?: string[]
  /** Page mode (backfill): the next `limit` orders by id after `after`. */
  after?: string | null
  limit?: number
}

export type RefreshOrderFactsResult = ApplyFactsResult & {
  /** Orders read from Medusa. */
  read: number
  /** Page mode: the last order id of the page (the next cursor), null when the page was empty. */
  cursor: string | null
}

const RETRYABLE = new Set(["40P01", "40001"]) // deadlock, serialization failure

/** Order ids of payments (payment -> payment collection -> order link). */
async function ordersOfPayments(query: any, paymentIds: string[]): Promise<string[]> {
  if (!paymentIds.length) return []
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection.order.id"],
    filters: { id: paymentIds },
  })
  return data.map((p: any) => p.payment_collection?.order?.id).filter(Boolean)
}

/**
 * Reads the orders' current state with one query.graph call, builds their
 * facts and writes them in one transaction. The read is stamped with the
 * database clock before it starts; the write skips any order whose stored
 * facts come from a later read, so concurrent or out-of-order refreshes
 * converge on the newest state.
 */
export async function refreshOrderFacts(
  container: MedusaContainer,
  input: RefreshOrderFactsInput
): Promise<RefreshOrderFactsResult> {
  const service: AnalyticsReportModuleService = container.resolve(ANALYTICS_REPORT_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const settings = await service.getSettings()
  const observedAt = await service.clock()

  let orders: SourceOrder[]
  let requested: string[] = []
  let cursor: string | null = null
  if (input.limit) {
    const { data } = await query.graph({
      entity: "order",
      fields: ORDER_FACT_FIELDS,
      filters: input.after ? { id: { $gt: input.after } } : {},
      pagination: { take: input.limit, order: { id: "ASC" } },
    })
    orders = data as unknown as SourceOrder[]
    cursor = orders.length ? orders[orders.length - 1].id : null
  } else {
    requested = [...new Set([...(input.order_ids ?? []), ...(await ordersOfPayments(query, input.payment_ids ?? []))])]
    if (!requested.length) return { orders: 0, removed: 0, sales_keys: 0, variant_keys: 0, read: 0, cursor: null }
    const { data } = await query.graph({
      entity: "order",
      fields: ORDER_FACT_FIELDS,
      filters: { id: requested },
    })
    orders = data as unknown as SourceOrder[]
  }

  const kept = orders.filter(countsAsOrder)
  const facts = kept.map((o) => buildOrderFacts(o, settings.time_zone))
  const keptIds = new Set(kept.map((o) => o.id))
  // Requested orders that are gone (deleted) or not sales (drafts) lose their facts.
  const removed = [...requested, ...orders.map((o) => o.id)].filter((id) => !keptIds.has(id))

  for (let attempt = 1; ; attempt++) {
    try {
      const applied = await service.applyOrderFacts({
        facts,
        removed_order_ids: [...new Set(removed)],
        observed_at: observedAt,
      })
      return { ...applied, read: orders.length, cursor }
    } catch (error: any) {
      const code = error?.code ?? error?.cause?.code ?? error?.originalError?.code
      if (attempt >= 3 || !RETRYABLE.has(code)) throw error
      await new Promise((r) => setTimeout(r, 50 * attempt))
    }
  }
}

/**
 * One step: read + write (see refreshOrderFacts). Nothing to compensate: the
 * write is the step's only side effect, done last in one transaction, and it
 * replaces state rather than adding to it.
 */
export const refreshOrderFactsStep = createStep(
  "analytics-refresh-order-facts-step",
  async (input: RefreshOrderFactsInput, { container }) => {
    return new StepResponse(await refreshOrderFacts(container, input))
  }
)
