import { MedusaError } from "@medusajs/framework/utils"
import type {
  AnalyticsSettings,
  ReportDefinition,
  ReportQuery,
  ReportRange,
} from "../../../modules/analytics-report/types"
import { periodStarts, previousRange, spanDays } from "../../../modules/analytics-report/utils/periods"

/**
 * Checks what the zod schema cannot (the span against the settings, `sort`
 * against the report) and derives the range, compare range and period starts.
 * Throws INVALID_DATA (400) with a message.
 */
export function reportFrame(definition: ReportDefinition, query: ReportQuery, settings: AnalyticsSettings) {
  const span = spanDays(query.from, query.to)
  if (span > settings.max_range_days) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The range spans ${span} days; the maximum is ${settings.max_range_days} (analytics settings)`
    )
  }
  if (query.sort !== undefined) {
    if (!definition.sorts?.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `The ${definition.name} report takes no sort`)
    }
    if (!definition.sorts.includes(query.sort)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `sort must be one of ${definition.sorts.join(", ")} for the ${definition.name} report`
      )
    }
  }
  const range: ReportRange = {
    from: query.from,
    to: query.to,
    granularity: query.granularity,
    time_zone: settings.time_zone,
  }
  const compare_range = query.compare === "none" ? null : previousRange(query.from, query.to)
  const periods = periodStarts(query.from, query.to, query.granularity)
  return { range, compare_range, periods }
}
