import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, NotificationStatus } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ANALYTICS_REPORT_MODULE } from "../../modules/analytics-report"
import type AnalyticsReportModuleService from "../../modules/analytics-report/service"
import type { AnalyticsSettings, ReportContext, ReportGroup } from "../../modules/analytics-report/types"
import {
  digestIdempotencyKey,
  digestMessage,
  previousWeek,
  type DigestCurrencyFigures,
} from "../../modules/analytics-report/utils/digest"
import { periodStarts, previousRange, today } from "../../modules/analytics-report/utils/periods"
import { getReport } from "./reports"

export const sendWeeklyDigestWorkflowId = "analytics-send-weekly-digest"
const DIGEST_LOCK_KEY = "analytics-weekly-digest"

export type WeeklyDigestResult = {
  sent: boolean
  week: string | null
  reason?: "disabled" | "already_sent"
  notification_id?: string
}

function contextFor(container: MedusaContainer, settings: AnalyticsSettings, from: string, to: string): ReportContext {
  return {
    container,
    settings,
    query: { from, to, granularity: "week", compare: "previous_period", limit: 3, sort: "revenue", order: "desc" },
    range: { from, to, granularity: "week", time_zone: settings.time_zone },
    compare_range: previousRange(from, to),
    periods: periodStarts(from, to, "week"),
  }
}

const groupOf = (groups: ReportGroup[], code: string) => groups.find((g) => g.currency_code === code)

/**
 * Last week's figures (sales, customers, top products, from the reports) as
 * one admin feed notification. Sent at most once per ISO week: the
 * notification carries the week's idempotency key, a run finding it already
 * sent does nothing, and runs are serialised by the workflow's lock (the
 * Notification Module's own key check is not atomic). A notification that
 * failed is sent again by the next run. Nothing to compensate: a sent
 * notification cannot be unsent, and nothing else is written.
 */
export const sendWeeklyDigestStep = createStep(
  "analytics-send-weekly-digest-step",
  async (input: { today?: string }, { container }) => {
    const service: AnalyticsReportModuleService = container.resolve(ANALYTICS_REPORT_MODULE)
    const notifications = container.resolve(Modules.NOTIFICATION)
    const settings = await service.getSettings()
    if (!settings.weekly_digest)
      return new StepResponse<WeeklyDigestResult>({ sent: false, week: null, reason: "disabled" })

    const week = previousWeek(input.today ?? today(settings.time_zone))
    const idempotencyKey = digestIdempotencyKey(week.week)
    const existing = await notifications.listNotifications({ idempotency_key: idempotencyKey } as any, { take: 1 })
    if (existing.some((n: any) => n.status !== NotificationStatus.FAILURE)) {
      return new StepResponse<WeeklyDigestResult>({ sent: false, week: week.week, reason: "already_sent" })
    }

    const ctx = contextFor(container as MedusaContainer, settings, week.from, week.to)
    const [sales, customers, products] = await Promise.all(
      ["sales", "customers", "products"].map((name) => getReport(name)!.build(ctx))
    )
    const figures: DigestCurrencyFigures[] = sales.groups
      .filter((g) => g.currency_code && Number(g.totals.orders ?? 0) > 0)
      .map((g) => ({
        currency_code: g.currency_code!,
        net_sales: String(g.totals.net_sales ?? "0"),
        previous_net_sales: g.previous ? String(g.previous.net_sales ?? "0") : null,
        orders: Number(g.totals.orders ?? 0),
        average_order_value: (g.totals.average_order_value as string | null) ?? null,
        new_customers: Number(groupOf(customers.groups, g.currency_code!)?.totals.new_customers ?? 0),
      }))
    const top = products.groups
      .flatMap((g) => g.rows.map((r) => String(r.title ?? r.product_id ?? "")))
      .filter(Boolean)
      .slice(0, 3)
    const { title, description } = digestMessage(week, figures, [...new Set(top)])

    const [notification] = await notifications.createNotifications([
      {
        to: "",
        channel: "feed",
        template: "admin-ui",
        data: { title, description, week: week.week, from: week.from, to: week.to, figures },
        trigger_type: "analytics.weekly_digest",
        resource_type: "analytics_digest",
        resource_id: week.week,
        idempotency_key: idempotencyKey,
      },
    ])
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`analytics weekly digest ${week.week} sent (${figures.length} currencies)`)
    return new StepResponse<WeeklyDigestResult>({ sent: true, week: week.week, notification_id: notification?.id })
  }
)

/** The weekly digest (job `analytics-weekly-digest`), one run at a time. */
export const sendWeeklyDigestWorkflow = createWorkflow(sendWeeklyDigestWorkflowId, (input: { today?: string }) => {
  acquireLockStep({ key: DIGEST_LOCK_KEY, timeout: 60, ttl: 300 })
  const result = sendWeeklyDigestStep(input)
  releaseLockStep({ key: DIGEST_LOCK_KEY })
  return new WorkflowResponse(result)
})
