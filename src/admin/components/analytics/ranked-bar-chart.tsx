import { Text } from "@medusajs/ui"
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { chartNumber, formatValue } from "../../lib/analytics-format"
import type { ReportColumn, ReportRecord } from "../../lib/analytics-types"

type Props = {
  title: string
  rows: ReportRecord[]
  value: ReportColumn
  labelKey: string
  currencyCode: string | null
  /** Bars shown at most (the rows are ranked by the server). */
  max?: number
}

const truncate = (text: string, length = 28) => (text.length > length ? `${text.slice(0, length - 1)}…` : text)

/** Ranked rows as horizontal bars (e.g. products by revenue), in the order the server ranked them. */
export const RankedBarChart = ({ title, rows, value, labelKey, currencyCode, max = 10 }: Props) => {
  const data = rows.slice(0, max).map((row, i) => ({
    label: truncate(String(row[labelKey] ?? "—")),
    value: chartNumber(row[value.key]) ?? 0,
    text: formatValue(row[value.key], value.type, currencyCode),
    key: i,
  }))
  // Nothing to compare (e.g. stock without costs): no empty axes.
  if (!data.some((d) => d.value !== 0)) return null
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="bar-chart">
      <Text size="small" weight="plus">
        {title}
      </Text>
      <div className="w-full" style={{ height: Math.max(120, data.length * 32 + 24) }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="var(--border-base)" strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" hide />
            <YAxis
              type="category"
              dataKey="label"
              width={180}
              tick={{ fontSize: 11, fill: "var(--fg-subtle)" }}
              tickLine={false}
              axisLine={false}
            />
            <Tooltip
              cursor={{ fill: "var(--bg-subtle-hover)" }}
              content={({ active, payload }) => {
                const item = payload?.[0]?.payload as (typeof data)[number] | undefined
                if (!active || !item) return null
                return (
                  <div className="bg-ui-bg-base shadow-elevation-tooltip rounded-lg px-3 py-2">
                    <Text size="xsmall" weight="plus">
                      {item.label}: {item.text}
                    </Text>
                  </div>
                )
              }}
            />
            <Bar
              dataKey="value"
              name={value.label}
              fill="var(--fg-interactive)"
              radius={[0, 4, 4, 0]}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  )
}
