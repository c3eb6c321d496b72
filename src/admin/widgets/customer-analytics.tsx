import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text, Tooltip } from "@medusajs/ui"
import { ErrorState, LoadingState } from "../components/common/query-states"
import { useCustomerAnalytics } from "../hooks/use-analytics-customer"
import { formatValue } from "../lib/analytics-format"
import { capitalize } from "../lib/format"

const SEGMENT_COLORS: Record<string, "green" | "blue" | "orange" | "red" | "grey" | "purple"> = {
  champions: "green",
  loyal: "green",
  potential_loyalist: "blue",
  new: "blue",
  promising: "blue",
  needs_attention: "orange",
  at_risk: "orange",
  cant_lose: "red",
  hibernating: "grey",
  lost: "grey",
}

const segmentLabel = (segment: string) =>
  segment === "cant_lose" ? "Can't lose" : capitalize(segment.replace(/_/g, " "))

/** Customer page: lifetime value, orders and AOV per currency, and the RFM segment. */
const CustomerAnalyticsWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { data, isLoading, isError, error, refetch } = useCustomerAnalytics(customer.id)
  const analytics = data?.customer_analytics
  const scores =
    analytics && analytics.r_score !== null
      ? `Recency ${analytics.r_score}, frequency ${analytics.f_score}, monetary ${analytics.m_score} (1–5)`
      : null

  return (
    <Container className="divide-y p-0" data-testid="customer-analytics">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Heading level="h2">Customer value</Heading>
        {analytics?.segment &&
          (scores ? (
            <Tooltip content={scores}>
              <Badge size="2xsmall" color={SEGMENT_COLORS[analytics.segment] ?? "grey"} data-testid="customer-segment">
                {segmentLabel(analytics.segment)}
              </Badge>
            </Tooltip>
          ) : (
            <Badge size="2xsmall" color={SEGMENT_COLORS[analytics.segment] ?? "grey"} data-testid="customer-segment">
              {segmentLabel(analytics.segment)}
            </Badge>
          ))}
      </div>
      {isLoading ? (
        <LoadingState rows={2} label="Loading customer value" />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load customer value" />
      ) : !analytics?.currencies.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No orders yet.
        </Text>
      ) : (
        <>
          {analytics.currencies.map((c) => (
            <div key={c.currency_code} className="flex flex-col gap-y-2 px-6 py-4" data-currency={c.currency_code}>
              <div className="flex items-center justify-between">
                <Text size="small" leading="compact" className="text-ui-fg-subtle">
                  Lifetime value
                </Text>
                <Text size="small" leading="compact" weight="plus" data-testid="customer-ltv">
                  {formatValue(c.lifetime_value, "money", c.currency_code)}
                </Text>
              </div>
              <div className="flex items-center justify-between">
                <Text size="small" leading="compact" className="text-ui-fg-subtle">
                  Orders
                </Text>
                <Text size="small" leading="compact" weight="plus" data-testid="customer-orders">
                  {formatValue(c.orders, "count")}
                </Text>
              </div>
              <div className="flex items-center justify-between">
                <Text size="small" leading="compact" className="text-ui-fg-subtle">
                  Average order value
                </Text>
                <Text size="small" leading="compact" weight="plus" data-testid="customer-aov">
                  {formatValue(c.average_order_value, "money", c.currency_code)}
                </Text>
              </div>
              <Text size="xsmall" className="text-ui-fg-muted">
                First order {formatValue(c.first_order_at, "date")}, last {formatValue(c.last_order_at, "date")}
              </Text>
            </div>
          ))}
          {analytics.segment && analytics.segment_computed_at && (
            <Text size="xsmall" className="text-ui-fg-muted px-6 py-3">
              Segment as of {formatValue(analytics.segment_computed_at, "date")}
              {analytics.recency_days !== null && analytics.recency_days !== undefined
                ? `, last order ${formatValue(analytics.recency_days, "days")} ago`
                : ""}
            </Text>
          )}
          {!analytics.segment && (
            <Text size="xsmall" className="text-ui-fg-muted px-6 py-3">
              Not segmented yet: segments are recomputed nightly.
            </Text>
          )}
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.side.after" })

export default CustomerAnalyticsWidget
