import { Heading, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { useSearchInsights } from "../../hooks/use-search-insights"
import { formatPercent, formatPoints } from "../../lib/format"
import { ErrorState, LoadingState } from "../common/query-states"
import { Stat } from "../common/stat"
import { QueryTable } from "./query-table"

const WINDOWS = [7, 30, 90]
const ROWS = 10

/** What shoppers search for: totals, top queries, queries that found nothing, click-through. */
export const InsightsSection = () => {
  const [days, setDays] = useState(30)
  const { data, isLoading, isError, error, refetch } = useSearchInsights({ days, limit: ROWS })
  const report = data?.search_insights

  return (
    <div className="divide-y">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">Search analytics</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Every store search, without shopper data: query (e-mails and long numbers masked), filters, hits, latency,
            and clicks the storefront reports.
          </Text>
        </div>
        <div className="w-[160px] shrink-0">
          <Select value={String(days)} onValueChange={(value) => setDays(Number(value))} size="small">
            <Select.Trigger aria-label="Report window">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {WINDOWS.map((window) => (
                <Select.Item key={window} value={String(window)}>
                  Last {window} days
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {isLoading ? (
        <LoadingState rows={5} label="Loading search analytics" />
      ) : isError || !report ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load search analytics" />
      ) : (
        <>
          <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-3 xl:grid-cols-5">
            <Stat
              label="Searches"
              value={formatPoints(report.totals.searches)}
              hint={`${formatPoints(report.totals.text_searches)} with a text query`}
            />
            <Stat
              label="Zero results"
              value={formatPercent(report.totals.zero_result_rate)}
              tone={report.totals.zero_result_rate > 0.2 ? "warning" : "default"}
              hint={`${formatPoints(report.totals.zero_result_searches)} text searches found nothing`}
            />
            <Stat
              label="Click-through"
              value={formatPercent(report.totals.click_through_rate)}
              hint={`${formatPoints(report.totals.clicks)} clicks on hits`}
            />
            <Stat
              label="Latency p50"
              value={report.totals.latency_p50_ms === null ? "—" : `${report.totals.latency_p50_ms} ms`}
              hint="Request to response"
            />
            <Stat
              label="Latency p95"
              value={report.totals.latency_p95_ms === null ? "—" : `${report.totals.latency_p95_ms} ms`}
            />
          </div>
          <div className="grid grid-cols-1 divide-y xl:grid-cols-2 xl:divide-x xl:divide-y-0">
            <div className="flex flex-col">
              <Heading level="h3" className="px-6 py-3">
                Top queries
              </Heading>
              <QueryTable rows={report.top_queries} empty="No searches in this window" label="Top queries" />
            </div>
            <div className="flex flex-col">
              <Heading level="h3" className="px-6 py-3">
                Queries without results
              </Heading>
              <QueryTable
                rows={report.zero_result_queries}
                empty="Every search found something"
                showHits={false}
                label="Queries without results"
              />
            </div>
          </div>
        </>
      )}
    </div>
  )
}
