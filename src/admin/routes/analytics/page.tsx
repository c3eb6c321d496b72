import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Container, Heading, Tabs, Text } from "@medusajs/ui"
import { ReportPanel } from "../../components/analytics/report-panel"
import { ReportToolbar } from "../../components/analytics/report-toolbar"
import { useAnalyticsParams } from "../../hooks/use-analytics-params"
import { REPORTS } from "../../lib/analytics-reports"

/**
 * Analytics: one tab per report (sales, products, inventory, customers, cohorts, marketing,
 * payments) over a shared range, granularity, comparison and filters kept in the URL.
 */
const AnalyticsPage = () => {
  const { filters, params, update, today, maxRangeDays } = useAnalyticsParams()

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-col gap-y-0.5 px-6 py-4">
          <Heading level="h1">Analytics</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Sales, products, stock, customers, promotions and payments from the reporting rollups. Amounts are per
            currency, never added across currencies.
          </Text>
        </div>
        <ReportToolbar filters={filters} today={today} maxRangeDays={maxRangeDays} onChange={update} />
      </Container>
      <Tabs value={filters.report} onValueChange={(report) => update({ report: report === "sales" ? null : report })}>
        <Tabs.List>
          {REPORTS.map((r) => (
            <Tabs.Trigger key={r.name} value={r.name}>
              {r.label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {REPORTS.map((r) => (
          <Tabs.Content key={r.name} value={r.name} className="mt-3">
            {/* Only the open tab mounts, so only its report is fetched. */}
            {filters.report === r.name && <ReportPanel layout={r} params={params} />}
          </Tabs.Content>
        ))}
      </Tabs>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Analytics", icon: ChartBar })

export default AnalyticsPage
