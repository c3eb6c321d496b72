import { ArrowDownMini, ArrowUpMini, MinusMini } from "@medusajs/icons"
import { Text, clx } from "@medusajs/ui"
import { type Change, changeTone, formatChange } from "../../lib/analytics-format"

const TONE_CLASS = {
  positive: "text-ui-tag-green-text",
  negative: "text-ui-tag-red-text",
  neutral: "text-ui-fg-subtle",
} as const

/** ↑ +12.5% in green (or red for a cost), ↓ in the other colour, 'n/a' without a previous figure. */
export const ChangeIndicator = ({
  change,
  lowerIsBetter = false,
}: {
  change: Change | null
  lowerIsBetter?: boolean
}) => {
  const tone = change?.ratio === null ? "neutral" : changeTone(change, lowerIsBetter)
  const Icon = change?.direction === "up" ? ArrowUpMini : change?.direction === "down" ? ArrowDownMini : MinusMini
  const text = formatChange(change)
  const label =
    text === "n/a"
      ? "No change to show: nothing in the previous period"
      : `${change?.direction === "up" ? "Up" : change?.direction === "down" ? "Down" : "Unchanged"} ${text} on the previous period`
  return (
    <span className={clx("inline-flex items-center gap-x-0.5", TONE_CLASS[tone])} aria-label={label} title={label}>
      {text !== "n/a" && <Icon className="shrink-0" aria-hidden />}
      <Text size="xsmall" weight="plus" leading="compact" asChild>
        <span data-testid="kpi-change">{text}</span>
      </Text>
    </span>
  )
}
