import { useCallback, useMemo } from "react"
import { useSearchParams } from "react-router-dom"
import { daysBetween, isIsoDate, isRangePreset, presetRange, type RangePreset, todayIn } from "../lib/analytics-format"
import { isReportName } from "../lib/analytics-reports"
import type { CompareMode, Granularity, ReportName, ReportParams } from "../lib/analytics-types"
import { useAnalyticsSettings } from "./use-analytics-filters"

export type AnalyticsFilters = {
  report: ReportName
  preset: RangePreset
  from: string
  to: string
  granularity: Granularity
  compare: CompareMode
  region_id: string | null
  sales_channel_id: string | null
  currency_code: string | null
}

const GRANULARITIES: Granularity[] = ["day", "week", "month"]
const DEFAULT_PRESET: Exclude<RangePreset, "custom"> = "last_30_days"

/** A sensible default granularity for a range: days up to ~3 months, then weeks, then months. */
export const defaultGranularity = (from: string, to: string): Granularity => {
  const days = daysBetween(from, to)
  return days <= 93 ? "day" : days <= 370 ? "week" : "month"
}

/**
 * The analytics page's state in the URL (shareable, survives a reload): report tab, range preset or
 * custom from/to, granularity, comparison and filters. "Today" is the store's reporting day.
 */
export const useAnalyticsParams = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const settings = useAnalyticsSettings()
  const timeZone = settings.data?.settings?.time_zone ?? null
  const today = todayIn(timeZone)

  const filters = useMemo<AnalyticsFilters>(() => {
    const get = (key: string) => searchParams.get(key)
    const report = get("report")
    const rawPreset = get("range")
    const preset: RangePreset = isRangePreset(rawPreset) ? rawPreset : DEFAULT_PRESET
    let range = preset === "custom" ? null : presetRange(preset, today)
    if (preset === "custom") {
      const from = get("from")
      const to = get("to")
      range = isIsoDate(from) && isIsoDate(to) && from <= to ? { from, to } : presetRange(DEFAULT_PRESET, today)
    }
    const { from, to } = range!
    const granularity = get("granularity")
    return {
      report: isReportName(report) ? report : "sales",
      preset,
      from,
      to,
      granularity: GRANULARITIES.includes(granularity as Granularity)
        ? (granularity as Granularity)
        : defaultGranularity(from, to),
      compare: get("compare") === "none" ? "none" : "previous_period",
      region_id: get("region_id") || null,
      sales_channel_id: get("sales_channel_id") || null,
      currency_code: get("currency_code") || null,
    }
  }, [searchParams, today])

  /** Set (string) or clear (null) URL parameters in one history entry. */
  const update = useCallback(
    (changes: Record<string, string | null>) =>
      setSearchParams(
        (params) => {
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === "") params.delete(key)
            else params.set(key, value)
          }
          return params
        },
        { replace: true }
      ),
    [setSearchParams]
  )

  const params: ReportParams = useMemo(
    () => ({
      from: filters.from,
      to: filters.to,
      granularity: filters.granularity,
      compare: filters.compare,
      ...(filters.region_id ? { region_id: filters.region_id } : {}),
      ...(filters.sales_channel_id ? { sales_channel_id: filters.sales_channel_id } : {}),
      ...(filters.currency_code ? { currency_code: filters.currency_code } : {}),
    }),
    [filters]
  )

  return { filters, params, update, today, timeZone, maxRangeDays: settings.data?.settings?.max_range_days ?? null }
}
