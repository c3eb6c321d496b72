import { DatePicker, Label, Select, Switch, Text } from "@medusajs/ui"
import { useStoreCurrencies } from "../../hooks/use-core-pickers"
import { useAnalyticsRegions, useAnalyticsSalesChannels } from "../../hooks/use-analytics-filters"
import type { AnalyticsFilters } from "../../hooks/use-analytics-params"
import { defaultGranularity } from "../../hooks/use-analytics-params"
import {
  daysBetween,
  localDate,
  localIsoDate,
  presetRange,
  RANGE_PRESETS,
  type RangePreset,
} from "../../lib/analytics-format"
import type { Granularity } from "../../lib/analytics-types"

const ALL = "__all"

const GRANULARITY_OPTIONS: { value: Granularity; label: string }[] = [
  { value: "day", label: "Daily" },
  { value: "week", label: "Weekly" },
  { value: "month", label: "Monthly" },
]

type Props = {
  filters: AnalyticsFilters
  today: string
  maxRangeDays: number | null
  onChange: (changes: Record<string, string | null>) => void
}

/** An "All …" select over a list of options; `null` is all. */
const FilterSelect = ({
  id,
  label,
  allLabel,
  value,
  options,
  onChange,
}: {
  id: string
  label: string
  allLabel: string
  value: string | null
  options: { value: string; label: string }[]
  onChange: (value: string | null) => void
}) => (
  <div className="flex flex-col gap-y-1">
    <Label htmlFor={id} size="xsmall" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Label>
    <Select size="small" value={value ?? ALL} onValueChange={(v) => onChange(v === ALL ? null : v)}>
      <Select.Trigger id={id} className="min-w-[140px]" aria-label={label}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL}>{allLabel}</Select.Item>
        {options.map((o) => (
          <Select.Item key={o.value} value={o.value}>
            {o.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  </div>
)

/**
 * The report query: range preset (or custom from/to), granularity, comparison with the previous
 * period, and region / sales channel / currency filters read from Medusa's admin API.
 */
export const ReportToolbar = ({ filters, today, maxRangeDays, onChange }: Props) => {
  const regions = useAnalyticsRegions()
  const channels = useAnalyticsSalesChannels()
  const currencies = useStoreCurrencies()

  const onPreset = (preset: RangePreset) => {
    if (preset === "custom") {
      // Start the custom range from what is shown now.
      onChange({ range: "custom", from: filters.from, to: filters.to })
      return
    }
    const range = presetRange(preset, today)
    onChange({ range: preset, from: null, to: null, granularity: defaultGranularity(range.from, range.to) })
  }

  const onCustomDate = (edge: "from" | "to", date: Date | null) => {
    if (!date) return
    const next = { from: filters.from, to: filters.to, [edge]: localIsoDate(date) }
    // Keep the range ordered: moving one edge past the other moves both.
    if (next.from > next.to) {
      if (edge === "from") next.to = next.from
      else next.from = next.to
    }
    onChange({ range: "custom", from: next.from, to: next.to })
  }

  const span = daysBetween(filters.from, filters.to)
  const tooLong = maxRangeDays !== null && span > maxRangeDays

  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="analytics-range" size="xsmall" weight="plus" className="text-ui-fg-subtle">
            Date range
          </Label>
          <Select size="small" value={filters.preset} onValueChange={(v) => onPreset(v as RangePreset)}>
            <Select.Trigger id="analytics-range" className="min-w-[150px]" aria-label="Date range">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {RANGE_PRESETS.map((p) => (
                <Select.Item key={p.value} value={p.value}>
                  {p.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        {filters.preset === "custom" && (
          <>
            <div className="flex flex-col gap-y-1">
              <Label size="xsmall" weight="plus" className="text-ui-fg-subtle">
                From
              </Label>
              <DatePicker
                aria-label="From"
                size="small"
                value={localDate(filters.from)}
                maxValue={localDate(today)}
                onChange={(date) => onCustomDate("from", date)}
              />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label size="xsmall" weight="plus" className="text-ui-fg-subtle">
                To
              </Label>
              <DatePicker
                aria-label="To"
                size="small"
                value={localDate(filters.to)}
                onChange={(date) => onCustomDate("to", date)}
              />
            </div>
          </>
        )}
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="analytics-granularity" size="xsmall" weight="plus" className="text-ui-fg-subtle">
            Granularity
          </Label>
          <Select size="small" value={filters.granularity} onValueChange={(v) => onChange({ granularity: v })}>
            <Select.Trigger id="analytics-granularity" className="min-w-[120px]" aria-label="Granularity">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {GRANULARITY_OPTIONS.map((g) => (
                <Select.Item key={g.value} value={g.value}>
                  {g.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <FilterSelect
          id="analytics-region"
          label="Region"
          allLabel="All regions"
          value={filters.region_id}
          options={(regions.data?.regions ?? []).map((r) => ({ value: r.id, label: r.name }))}
          onChange={(region_id) => onChange({ region_id })}
        />
        <FilterSelect
          id="analytics-sales-channel"
          label="Sales channel"
          allLabel="All channels"
          value={filters.sales_channel_id}
          options={(channels.data?.sales_channels ?? []).map((c) => ({ value: c.id, label: c.name }))}
          onChange={(sales_channel_id) => onChange({ sales_channel_id })}
        />
        <FilterSelect
          id="analytics-currency"
          label="Currency"
          allLabel="All currencies"
          value={filters.currency_code}
          options={(currencies.data ?? []).map((code) => ({ value: code, label: code.toUpperCase() }))}
          onChange={(currency_code) => onChange({ currency_code })}
        />
        <div className="flex items-center gap-x-2 pb-1.5">
          <Switch
            id="analytics-compare"
            checked={filters.compare === "previous_period"}
            onCheckedChange={(on) => onChange({ compare: on ? null : "none" })}
          />
          <Label htmlFor="analytics-compare" size="small">
            Compare with previous period
          </Label>
        </div>
      </div>
      {tooLong && (
        <Text size="xsmall" className="text-ui-fg-error">
          The range spans {span} days; reports cover at most {maxRangeDays}.
        </Text>
      )}
    </div>
  )
}
