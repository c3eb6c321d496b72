import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ANALYTICS_REPORT_MODULE } from "../../modules/analytics-report"
import type AnalyticsReportModuleService from "../../modules/analytics-report/service"
import type { AnalyticsRunRow } from "../../modules/analytics-report/types"

export const getAnalyticsStatusWorkflowId = "analytics-get-status"

const runView = (run: AnalyticsRunRow | null) =>
  run && {
    id: run.id,
    status: run.status,
    processed: run.processed,
    total: run.total,
    cursor: run.cursor,
    summary: run.summary,
    error: run.error,
    started_at: run.started_at,
    finished_at: run.finished_at,
  }

/** How complete the facts are: orders with facts vs Medusa's orders, last refresh, last reconcile and backfill. */
const getStatusStep = createStep("analytics-get-status-step", async (_: Record<string, never>, { container }) => {
  const service: AnalyticsReportModuleService = container.resolve(ANALYTICS_REPORT_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [facts, source, reconcile, backfill] = await Promise.all([
    service.factStatus(),
    query.graph({
      entity: "order",
      fields: ["id"],
      filters: { is_draft_order: false },
      pagination: { take: 1, skip: 0 },
    }),
    service.latestRun("reconcile"),
    service.latestRun("backfill"),
  ])
  return new StepResponse({
    facts_orders: facts.facts_orders,
    source_orders: (source.metadata as any)?.count ?? null,
    last_refreshed_at: facts.last_refreshed_at,
    last_reconcile: runView(reconcile),
    backfill: runView(backfill),
  })
})

export const getAnalyticsStatusWorkflow = createWorkflow(
  getAnalyticsStatusWorkflowId,
  () => new WorkflowResponse(getStatusStep({}))
)
