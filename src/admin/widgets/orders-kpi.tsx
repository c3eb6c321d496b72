import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { ChangeIndicator } from "../components/analytics/change-indicator"
import { ErrorState, LoadingState } from "../components/common/query-states"
import { useAnalyticsSettings } from "../hooks/use-analytics-filters"
import { useAnalyticsReport } from "../hooks/use-analytics-report"
import { computeChange, formatValue, presetRange, todayIn } from "../lib/analytics-format"
import type { ColumnType, ReportParams } from "../lib/analytics-types"

const FIGURES: { key: string; label: string; type: ColumnType }[] = [
  { key: "net_sales", label: "Net sales", type: "money" },
  { key: "orders", label: "Orders", type: "count" },
  { key: "average_order_value", label: "Average order value", type: "money" },
]

/** Orders list: net sales, orders and AOV of the last 30 days per currency, with the change on the 30 before. */
const OrdersKpiWidget = () => {
  const settings = useAnalyticsSettings()
  const today = todayIn(settings.data?.settings?.time_zone)
  const params: ReportParams = { ...presetRange("last_30_days", today), granularity: "day", compare: "previous_period" }
  // Wait for the settings (or their failure) so "today" is the store's day and the report is fetched once.
  const { data, isLoading, isError, error, refetch } = useAnalyticsReport("sales", params, {
    enabled: !settings.isLoading,
  })
  const labelOf = (key: string, fallback: string) => data?.columns.find((c) => c.key === key)?.label ?? fallback

  return (
    <Container className="divide-y p-0" data-testid="orders-kpi">
      <div className="flex items-center justify-between gap-x-4 px-6 py-3">
        <div>
          <Heading level="h2">Last 30 days</Heading>
          <Text size="xsmall" className="text-ui-fg-subtle">
            Compared with the 30 days before
          </Text>
        </div>
        <Link to="/analytics" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small">
          Open analytics
        </Link>
      </div>
      {isLoading || settings.isLoading ? (
        <LoadingState rows={1} label="Loading sales figures" />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load sales figures" />
      ) : !data?.groups.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">
          No orders in the last 30 days.
        </Text>
      ) : (
        data.groups.map((group) => (
          <div
            key={group.currency_code ?? "none"}
            className="grid grid-cols-3 gap-x-4 px-6 py-3"
            data-currency={group.currency_code ?? ""}
          >
            {FIGURES.map((figure) => (
              <div key={figure.key} className="flex flex-col" data-kpi={figure.key}>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {labelOf(figure.key, figure.label)}
                  {data.groups.length > 1 && group.currency_code ? ` (${group.currency_code.toUpperCase()})` : ""}
                </Text>
                <div className="flex items-baseline gap-x-2">
                  <Text size="base" weight="plus" data-testid="kpi-value">
                    {formatValue(group.totals[figure.key], figure.type, group.currency_code)}
                  </Text>
                  {group.previous && (
                    <ChangeIndicator change={computeChange(group.totals[figure.key], group.previous[figure.key])} />
                  )}
                </div>
              </div>
            ))}
          </div>
        ))
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.list.before" })

export default OrdersKpiWidget
