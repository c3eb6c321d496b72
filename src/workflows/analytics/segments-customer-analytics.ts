import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ANALYTICS_REPORT_MODULE } from "../../modules/analytics-report"
import type AnalyticsReportModuleService from "../../modules/analytics-report/service"
import { divide2, money } from "./reports/helpers"

export const getCustomerAnalyticsWorkflowId = "analytics-get-customer-analytics"

export type CustomerAnalytics = {
  customer_id: string
  segment: string | null
  r_score: number | null
  f_score: number | null
  m_score: number | null
  recency_days: number | null
  segment_computed_at: Date | null
  currencies: {
    currency_code: string
    lifetime_value: string
    orders: number
    average_order_value: string | null
    first_order_at: Date
    last_order_at: Date
  }[]
}

/**
 * One customer's lifetime figures per currency (non-canceled orders, net of
 * refunds; average order value = lifetime value ÷ orders) and their latest
 * RFM segment (null until the first recompute that saw an order of theirs).
 * 404 for an unknown customer. Reads only.
 */
export const getCustomerAnalyticsStep = createStep(
  "analytics-get-customer-analytics-step",
  async (input: { customer_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service: AnalyticsReportModuleService = container.resolve(ANALYTICS_REPORT_MODULE)
    const {
      data: [customer],
    } = await query.graph({ entity: "customer", fields: ["id"], filters: { id: input.customer_id } })
    if (!customer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${input.customer_id} was not found`)
    }
    const [facts, [segment]] = await Promise.all([
      service.listAnalyticsCustomerFacts({ customer_id: customer.id }, { order: { currency_code: "ASC" }, take: null }),
      service.listAnalyticsCustomerSegments({ customer_id: customer.id }, { take: 1 }),
    ])
    const result: CustomerAnalytics = {
      customer_id: customer.id,
      segment: segment?.segment ?? null,
      r_score: segment?.r_score ?? null,
      f_score: segment?.f_score ?? null,
      m_score: segment?.m_score ?? null,
      recency_days: segment?.recency_days ?? null,
      segment_computed_at: segment?.computed_at ?? null,
      currencies: facts
        .filter((f: any) => Number(f.orders_count) > 0)
        .map((f: any) => {
          const lifetime = money(String(f.raw_net_total?.value ?? f.net_total))
          return {
            currency_code: f.currency_code,
            lifetime_value: lifetime,
            orders: Number(f.orders_count),
            average_order_value: divide2(lifetime, f.orders_count),
            first_order_at: f.first_order_at,
            last_order_at: f.last_order_at,
          }
        }),
    }
    return new StepResponse(result)
  }
)

/** GET /admin/customers/:id/analytics */
export const getCustomerAnalyticsWorkflow = createWorkflow(
  getCustomerAnalyticsWorkflowId,
  (input: { customer_id: string }) => new WorkflowResponse(getCustomerAnalyticsStep(input))
)
