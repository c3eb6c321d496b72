import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ANALYTICS_REPORT_MODULE } from "../../modules/analytics-report"
import type AnalyticsReportModuleService from "../../modules/analytics-report/service"
import {
  buildOrderFacts,
  countsAsOrder,
  ORDER_FACT_FIELDS,
  type SourceOrder,
} from "../../modules/analytics-report/utils/facts"
import { addDays, today } from "../../modules/analytics-report/utils/periods"
import { diffOrderFacts } from "../../modules/analytics-report/utils/reconcile"
import { refreshOrderFacts } from "./steps/refresh-order-facts"

export const reconcileAnalyticsWorkflowId = "analytics-reconcile"

export type ReconcileAnalyticsInput = {
  /** Days to check; default: the last `reconcile_sample_days` days plus as many random older days with data. */
  days?: string[]
  /** Orders whose facts are compared field by field with Medusa's current state (default 200). */
  sample_orders?: number
}

export type ReconcileAnalyticsSummary = {
  run_id: string
  days: string[]
  rollup_drift: number
  missing_facts: number
  extra_facts: number
  fact_drift: number
  sampled_orders: number
  repaired_orders: number
  remaining_drift: number
  examples: string[]
}

const chunk = <T>(list: T[], size: number) =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, i * size + size))

async function sourceOrderIds(container: MedusaContainer, bounds: { start: Date; end: Date }[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = new Set<string>()
  for (const b of bounds) {
    const { data } = await query.graph({
      entity: "order",
      fields: ["id"],
      filters: { created_at: { $gte: b.start, $lt: b.end }, is_draft_order: false },
    })
    data.forEach((o: any) => ids.add(o.id))
  }
  return ids
}

/**
 * (a) rollups = sum of facts on a sample of days; (b) facts = Medusa's
 * source: the set of orders of those days, and a sample of orders compared
 * field by field. Drift is repaired by refreshing the orders concerned and
 * re-aggregating the days, logged, recorded as an analytics_run and posted
 * to the admin feed. On a healthy store it finds nothing.
 */
export async function reconcileAnalytics(
  container: MedusaContainer,
  input: ReconcileAnalyticsInput = {}
): Promise<ReconcileAnalyticsSummary> {
  const service: AnalyticsReportModuleService = container.resolve(ANALYTICS_REPORT_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const settings = await service.getSettings()
  const run = await service.startRun({ kind: "reconcile" })
  try {
    let days = input.days
    if (!days) {
      const n = settings.reconcile_sample_days
      const recent = Array.from({ length: n }, (_, i) => addDays(today(settings.time_zone), -i))
      days = [...new Set([...recent, ...(await service.sampleFactDays(recent[recent.length - 1], n))])].sort()
    }
    const examples: string[] = []

    // (a) rollups against their facts
    const rollupDrift = await service.checkRollups(days)
    rollupDrift
      .slice(0, 5)
      .forEach((d) =>
        examples.push(
          `${d.table} ${JSON.stringify(d.key)}: ${JSON.stringify(d.actual)} != ${JSON.stringify(d.expected)}`
        )
      )

    // (b) facts against Medusa: which orders, then a sample field by field
    const bounds = await service.dayBounds(days, settings.time_zone)
    const source = await sourceOrderIds(container, bounds)
    const factIds = new Set(await service.factOrderIdsOfDays(days))
    const missing = [...source].filter((id) => !factIds.has(id))
    const extra = [...factIds].filter((id) => !source.has(id))
    missing.slice(0, 3).forEach((id) => examples.push(`order ${id}: no facts`))
    extra.slice(0, 3).forEach((id) => examples.push(`order ${id}: facts but not in Medusa's orders of its day`))

    const sample = [...source]
      .filter((id) => factIds.has(id))
      .sort(() => Math.random() - 0.5)
      .slice(0, input.sample_orders ?? 200)
    const drifted: string[] = []
    for (const part of chunk(sample, 100)) {
      const { data } = await query.graph({ entity: "order", fields: ORDER_FACT_FIELDS, filters: { id: part } })
      const stored = await service.storedFacts(part)
      const built = new Map(
        (data as unknown as SourceOrder[])
          .filter(countsAsOrder)
          .map((o) => [o.id, buildOrderFacts(o, settings.time_zone)])
      )
      for (const id of part) {
        const diff = diffOrderFacts(stored.get(id), built.get(id))
        if (diff.length) {
          drifted.push(id)
          if (examples.length < 12) examples.push(`order ${id}: ${diff.slice(0, 3).join("; ")}`)
        }
      }
    }

    // Repair: refresh the orders concerned, then re-aggregate the days (covers rollup-only drift).
    const repair = [...new Set([...missing, ...extra, ...drifted])]
    for (const part of chunk(repair, 200)) await refreshOrderFacts(container, { order_ids: part })
    if (rollupDrift.length || repair.length) await service.recomputeRollupDays(days)
    const remaining = rollupDrift.length || repair.length ? (await service.checkRollups(days)).length : 0

    const summary: ReconcileAnalyticsSummary = {
      run_id: run.id,
      days,
      rollup_drift: rollupDrift.length,
      missing_facts: missing.length,
      extra_facts: extra.length,
      fact_drift: drifted.length,
      sampled_orders: sample.length,
      repaired_orders: repair.length,
      remaining_drift: remaining,
      examples,
    }
    await service.finishRun(run.id, { status: "completed", summary })
    if (rollupDrift.length || repair.length) {
      const description = `${rollupDrift.length} rollup rows, ${missing.length} missing and ${extra.length} extra order facts, ${drifted.length} of ${sample.length} sampled orders out of date; repaired (${remaining} left).`
      logger.warn(`analytics reconcile: ${description} ${examples.slice(0, 3).join(" | ")}`)
      try {
        await container.resolve(Modules.NOTIFICATION).createNotifications([
          {
            to: "",
            channel: "feed",
            template: "admin-ui",
            data: { title: "Analytics drift repaired", description },
            trigger_type: "analytics.reconcile",
            idempotency_key: `analytics-reconcile:${run.id}`,
          },
        ])
      } catch (error) {
        logger.warn(`analytics reconcile: feed notification failed: ${(error as Error).message}`)
      }
    }
    return summary
  } catch (error: any) {
    await service.finishRun(run.id, { status: "failed", error: String(error?.message ?? error) })
    throw error
  }
}

const reconcileAnalyticsStep = createStep(
  "analytics-reconcile-step",
  async (input: ReconcileAnalyticsInput, { container }) => new StepResponse(await reconcileAnalytics(container, input))
)

/** See reconcileAnalytics. Safe to run twice or overlap: every repair is a refresh from the current state. */
export const reconcileAnalyticsWorkflow = createWorkflow(
  reconcileAnalyticsWorkflowId,
  (input: ReconcileAnalyticsInput) => new WorkflowResponse(reconcileAnalyticsStep(input))
)
