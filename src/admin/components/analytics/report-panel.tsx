import { Alert, Container, Heading, Label, Select, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useAnalyticsReport } from "../../hooks/use-analytics-report"
import { alignSeries, columnsIn, formatValue } from "../../lib/analytics-format"
import type { ReportLayout } from "../../lib/analytics-reports"
import type { ExportPart, ReportColumn, ReportEnvelope, ReportGroup, ReportParams } from "../../lib/analytics-types"
import { EmptyState, ErrorState, LoadingState } from "../common/query-states"
import { CurrencySwitcher } from "./currency-switcher"
import { ExportButton } from "./export-button"
import { KpiCards } from "./kpi-cards"
import { RankedBarChart } from "./ranked-bar-chart"
import { ReportRowsTable } from "./report-rows-table"
import { SeriesChart } from "./series-chart"

const LIMITS = [10, 25, 50, 100]

type Props = {
  layout: ReportLayout
  params: ReportParams
}

const rangeText = (range: { from: string; to: string }) =>
  `${formatValue(range.from, "date")} – ${formatValue(range.to, "date")}`

/** Series columns, the layout's preferred keys first. */
const seriesColumns = (envelope: ReportEnvelope, group: ReportGroup, preferred: string[]) => {
  const present = columnsIn(envelope.columns, group.series, ["period"]).filter((c) => c.type !== "text")
  const rank = (c: ReportColumn) => {
    const i = preferred.indexOf(c.key)
    return i === -1 ? preferred.length : i
  }
  return [...present].sort((a, b) => rank(a) - rank(b))
}

/** The report's CSV parts (the export route's), those with content first: the others are left out. */
const exportParts = (layout: ReportLayout, envelope: ReportEnvelope | undefined): ExportPart[] => {
  if (!envelope) return layout.exportParts
  const present = layout.exportParts.filter((part) =>
    envelope.groups.some((g) => (part === "series" ? g.series.length : g.rows.length) > 0)
  )
  return present.length ? present : layout.exportParts
}

/** Ranking controls for reports that rank rows on the server (top / bottom sellers by revenue or units). */
const RankingControls = ({
  layout,
  sort,
  order,
  limit,
  onChange,
}: {
  layout: ReportLayout
  sort: string
  order: "asc" | "desc"
  limit: number
  onChange: (next: { sort?: string; order?: "asc" | "desc"; limit?: number }) => void
}) => {
  const labels = layout.orderLabels ?? { desc: "Highest first", asc: "Lowest first" }
  return (
    <div className="flex flex-wrap items-end gap-3 px-6 py-3">
      <div className="flex flex-col gap-y-1">
        <Label htmlFor={`${layout.name}-sort`} size="xsmall" weight="plus" className="text-ui-fg-subtle">
          Ranked by
        </Label>
        <Select
          size="small"
          value={sort}
          onValueChange={(v) =>
            onChange({ sort: v, order: layout.sortOptions?.find((o) => o.value === v)?.order ?? "desc" })
          }
        >
          <Select.Trigger id={`${layout.name}-sort`} className="min-w-[140px]" aria-label="Ranked by">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {layout.sortOptions!.map((o) => (
              <Select.Item key={o.value} value={o.value}>
                {o.label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor={`${layout.name}-order`} size="xsmall" weight="plus" className="text-ui-fg-subtle">
          Show
        </Label>
        <Select size="small" value={order} onValueChange={(v) => onChange({ order: v as "asc" | "desc" })}>
          <Select.Trigger id={`${layout.name}-order`} className="min-w-[140px]" aria-label="Order">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="desc">{labels.desc}</Select.Item>
            <Select.Item value="asc">{labels.asc}</Select.Item>
          </Select.Content>
        </Select>
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor={`${layout.name}-limit`} size="xsmall" weight="plus" className="text-ui-fg-subtle">
          Rows
        </Label>
        <Select size="small" value={String(limit)} onValueChange={(v) => onChange({ limit: Number(v) })}>
          <Select.Trigger id={`${layout.name}-limit`} className="min-w-[80px]" aria-label="Rows">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {LIMITS.map((n) => (
              <Select.Item key={n} value={String(n)}>
                {n}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
    </div>
  )
}

/**
 * One report, rendered from its envelope alone: per-currency group (switcher when several), KPI
 * cards with the change on the previous period, the main series as a line (previous period dashed),
 * ranked rows as bars and a sortable table, the notes, and the CSV export.
 */
export const ReportPanel = ({ layout, params }: Props) => {
  const [ranking, setRanking] = useState<{ sort: string; order: "asc" | "desc"; limit: number }>({
    sort: layout.sortOptions?.[0]?.value ?? "",
    order: layout.sortOptions?.[0]?.order ?? "desc",
    limit: LIMITS[0],
  })
  const query: ReportParams = useMemo(
    () =>
      layout.sortOptions
        ? { ...params, ...layout.fixedQuery, sort: ranking.sort, order: ranking.order, limit: ranking.limit }
        : { ...params, ...layout.fixedQuery },
    [layout.sortOptions, layout.fixedQuery, params, ranking]
  )
  const { data, isLoading, isError, error, refetch, isPlaceholderData } = useAnalyticsReport(layout.name, query)

  // The previous period's series (the envelope carries only its totals): the same report over the
  // comparison range, without a comparison of its own.
  const compare = query.compare === "previous_period"
  const compareRange = compare ? (data?.compare_range ?? null) : null
  const wantsPreviousSeries = Boolean(compareRange) && layout.seriesKeys.length > 0 && !isPlaceholderData
  const previousQuery: ReportParams = useMemo(
    () => ({ ...query, from: compareRange?.from ?? query.from, to: compareRange?.to ?? query.to, compare: "none" }),
    [query, compareRange]
  )
  const previous = useAnalyticsReport(layout.name, previousQuery, { enabled: wantsPreviousSeries })

  const [currency, setCurrency] = useState<string | null | undefined>(undefined)
  const [seriesKey, setSeriesKey] = useState<string | null>(null)

  const groups = data?.groups ?? []
  const group = groups.find((g) => g.currency_code === currency) ?? groups[0]

  const header = (
    <div className="flex flex-wrap items-start justify-between gap-4 px-6 py-4">
      <div className="flex flex-col gap-y-0.5">
        <Heading level="h2">{layout.label}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {layout.description}
        </Text>
        {data && (
          <Text size="xsmall" className="text-ui-fg-muted" data-testid="report-range">
            {rangeText(data.range)} ({data.range.time_zone})
            {data.compare_range && compare && ` vs ${rangeText(data.compare_range)}`}
          </Text>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        {groups.length > 1 && (
          <CurrencySwitcher
            currencies={groups.map((g) => g.currency_code)}
            value={group?.currency_code ?? null}
            onChange={setCurrency}
          />
        )}
        <ExportButton report={layout.name} params={query} parts={exportParts(layout, data)} />
      </div>
    </div>
  )

  if (isLoading) {
    return (
      <Container className="divide-y p-0" data-report={layout.name} data-state="loading">
        {header}
        <LoadingState rows={6} label={`Loading the ${layout.label.toLowerCase()} report`} />
      </Container>
    )
  }
  if (isError || !data) {
    return (
      <Container className="divide-y p-0" data-report={layout.name} data-state="error">
        {header}
        <ErrorState
          error={error}
          onRetry={() => refetch()}
          title={`Could not load the ${layout.label.toLowerCase()} report`}
        />
      </Container>
    )
  }

  const totalsColumns = group ? columnsIn(data.columns, [group.totals]) : []
  const seriesChoices = group ? seriesColumns(data, group, layout.seriesKeys) : []
  const seriesColumn = seriesChoices.find((c) => c.key === seriesKey) ?? seriesChoices[0]
  const previousGroup = previous.data?.groups.find((g) => g.currency_code === group?.currency_code)
  const rowColumns = group ? columnsIn(data.columns, group.rows) : []
  const barColumn = layout.bar ? rowColumns.find((c) => c.key === layout.bar!.valueKey) : undefined

  return (
    <Container
      className="divide-y p-0"
      aria-busy={isPlaceholderData}
      data-report={layout.name}
      data-state={isPlaceholderData ? "updating" : "ready"}
    >
      {header}
      {data.notes.length > 0 && (
        <div className="flex flex-col gap-y-2 px-6 py-3" data-testid="report-notes">
          {data.notes.map((note) => (
            <Alert key={note} variant="info">
              {note}
            </Alert>
          ))}
        </div>
      )}
      {!group ? (
        <EmptyState title="No figures for this range" description="Try a longer range or other filters." />
      ) : (
        <>
          {totalsColumns.length > 0 && (
            <KpiCards
              group={group}
              columns={totalsColumns}
              compare={compare}
              compareLabel={data.compare_range ? rangeText(data.compare_range) : null}
            />
          )}
          {seriesColumn && group.series.length > 0 && (
            <SeriesChart
              points={alignSeries(
                group.series,
                compare && previousGroup ? previousGroup.series : null,
                seriesColumn.key,
                data.range.granularity
              )}
              column={seriesColumn}
              choices={seriesChoices}
              onChoose={setSeriesKey}
              currencyCode={group.currency_code}
              granularity={data.range.granularity}
              showPrevious={compare && Boolean(previousGroup)}
            />
          )}
          {layout.sortOptions && (
            <RankingControls layout={layout} {...ranking} onChange={(next) => setRanking((r) => ({ ...r, ...next }))} />
          )}
          {layout.bar && barColumn && group.rows.length > 0 && (
            <RankedBarChart
              title={layout.bar.title}
              rows={group.rows}
              value={barColumn}
              labelKey={layout.bar.labelKey}
              currencyCode={group.currency_code}
            />
          )}
          {(rowColumns.length > 0 || layout.rowsTitle) && (
            <div className="flex flex-col">
              {layout.rowsTitle && (
                <div className="px-6 pt-4">
                  <Heading level="h3">{layout.rowsTitle}</Heading>
                </div>
              )}
              <ReportRowsTable
                key={`${group.currency_code}-${rowColumns.map((c) => c.key).join(",")}`}
                rows={group.rows}
                columns={rowColumns.length ? rowColumns : data.columns.filter((c) => !totalsColumns.includes(c))}
                currencyCode={group.currency_code}
                heatmap={layout.name === "cohorts"}
              />
            </div>
          )}
        </>
      )}
    </Container>
  )
}
