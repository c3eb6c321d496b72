import { Text, Tooltip } from "@medusajs/ui"
import { computeChange, formatValue } from "../../lib/analytics-format"
import { LOWER_IS_BETTER } from "../../lib/analytics-reports"
import type { ReportColumn, ReportGroup } from "../../lib/analytics-types"
import { ChangeIndicator } from "./change-indicator"

type Props = {
  group: ReportGroup
  /** The columns of the figures in `totals`, in display order. */
  columns: ReportColumn[]
  /** Show the change against `previous` (compare on). */
  compare: boolean
  compareLabel?: string | null
}

/** One card per figure in `totals`: the value, and its change against the previous period. */
export const KpiCards = ({ group, columns, compare, compareLabel }: Props) => (
  <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-3 xl:grid-cols-5" role="list" aria-label="Key figures">
    {columns.map((column) => {
      const value = group.totals[column.key]
      const previous = group.previous?.[column.key]
      const change = compare && group.previous ? computeChange(value, previous) : null
      return (
        <div
          key={column.key}
          role="listitem"
          data-kpi={column.key}
          className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-lg px-3 py-2"
        >
          <Text size="xsmall" className="text-ui-fg-subtle">
            {column.label}
          </Text>
          <Text size="large" weight="plus" leading="compact" data-testid="kpi-value">
            {formatValue(value, column.type, group.currency_code)}
          </Text>
          {compare && group.previous && (
            <div className="flex items-center gap-x-1">
              <ChangeIndicator change={change} lowerIsBetter={LOWER_IS_BETTER.has(column.key)} />
              <Tooltip content={compareLabel ? `Previous period: ${compareLabel}` : "Previous period"}>
                <Text size="xsmall" className="text-ui-fg-muted truncate">
                  vs {formatValue(previous, column.type, group.currency_code)}
                </Text>
              </Tooltip>
            </div>
          )}
        </div>
      )
    })}
  </div>
)
