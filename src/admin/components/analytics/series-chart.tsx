import { Select, Text } from "@medusajs/ui"
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { type ChartPoint, formatValue, periodLabel } from "../../lib/analytics-format"
import type { Granularity, ReportColumn } from "../../lib/analytics-types"

type Props = {
  points: ChartPoint[]
  column: ReportColumn
  /** Series the user may chart instead (a select when there are several). */
  choices: ReportColumn[]
  onChoose: (key: string) => void
  currencyCode: string | null
  granularity: Granularity
  /** Draw the previous period dashed. */
  showPrevious: boolean
}

const compact = new Intl.NumberFormat(undefined, { notation: "compact", maximumFractionDigits: 1 })

/** Axis ticks: compact numbers (money in its currency, ratios as percentages). */
const tick = (column: ReportColumn, currencyCode: string | null) => (value: number) => {
  if (column.type === "ratio") return formatValue(value, "ratio")
  if (column.type === "money" && currencyCode) {
    return new Intl.NumberFormat(undefined, {
      style: "currency",
      currency: currencyCode.toUpperCase(),
      notation: "compact",
      maximumFractionDigits: 1,
    }).format(value)
  }
  return compact.format(value)
}

const ChartTooltip = ({
  active,
  payload,
  column,
  currencyCode,
  granularity,
}: {
  active?: boolean
  payload?: ReadonlyArray<{ payload?: unknown }>
  column: ReportColumn
  currencyCode: string | null
  granularity: Granularity
}) => {
  const point = payload?.[0]?.payload as ChartPoint | undefined
  if (!active || !point) return null
  return (
    <div className="bg-ui-bg-base shadow-elevation-tooltip flex flex-col gap-y-0.5 rounded-lg px-3 py-2">
      <Text size="xsmall" weight="plus">
        {periodLabel(point.period, granularity)}: {formatValue(point.current, column.type, currencyCode)}
      </Text>
      {point.previous_period && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {periodLabel(point.previous_period, granularity)}: {formatValue(point.previous, column.type, currencyCode)}
        </Text>
      )}
    </div>
  )
}

/** The main series as a line, and the previous period as a dashed line aligned period by period. */
export const SeriesChart = ({ points, column, choices, onChoose, currencyCode, granularity, showPrevious }: Props) => (
  <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="series-chart">
    <div className="flex items-center justify-between gap-x-4">
      <Text size="small" weight="plus">
        {column.label} by {granularity}
      </Text>
      <div className="flex items-center gap-x-4">
        <div className="flex items-center gap-x-3" aria-hidden>
          <span className="flex items-center gap-x-1 whitespace-nowrap">
            <span className="bg-ui-fg-interactive inline-block h-0.5 w-4" />
            <Text size="xsmall" className="text-ui-fg-subtle">
              This period
            </Text>
          </span>
          {showPrevious && (
            <span className="flex items-center gap-x-1 whitespace-nowrap">
              <span className="border-ui-fg-muted inline-block w-4 border-t-2 border-dashed" />
              <Text size="xsmall" className="text-ui-fg-subtle">
                Previous period
              </Text>
            </span>
          )}
        </div>
        {choices.length > 1 && (
          <Select size="small" value={column.key} onValueChange={onChoose}>
            <Select.Trigger className="min-w-[160px]" aria-label="Series to chart">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {choices.map((c) => (
                <Select.Item key={c.key} value={c.key}>
                  {c.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        )}
      </div>
    </div>
    <div className="h-[260px] w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--border-base)" strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="label"
            tick={{ fontSize: 11, fill: "var(--fg-muted)" }}
            tickLine={false}
            axisLine={false}
            minTickGap={16}
          />
          <YAxis
            tick={{ fontSize: 11, fill: "var(--fg-muted)" }}
            tickLine={false}
            axisLine={false}
            width={72}
            tickFormatter={tick(column, currencyCode)}
          />
          <Tooltip
            content={(props) => (
              <ChartTooltip
                active={props.active}
                payload={props.payload}
                column={column}
                currencyCode={currencyCode}
                granularity={granularity}
              />
            )}
          />
          {showPrevious && (
            <Line
              type="monotone"
              dataKey="previous"
              name="Previous period"
              stroke="var(--fg-muted)"
              strokeDasharray="5 4"
              strokeWidth={1.5}
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
          )}
          <Line
            type="monotone"
            dataKey="current"
            name="This period"
            stroke="var(--fg-interactive)"
            strokeWidth={2}
            dot={points.length <= 31}
            isAnimationActive={false}
            connectNulls
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  </div>
)
