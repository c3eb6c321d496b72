import type { ReportParams } from "./analytics-types"

/**
 * React-query keys of the analytics pages. Every parameter a query depends on is part of its key;
 * `analyticsKeys.reports()` invalidates every report at once.
 */
export const analyticsKeys = {
  all: ["analytics"] as const,
  reports: () => [...analyticsKeys.all, "report"] as const,
  report: (report: string, params: ReportParams) => [...analyticsKeys.reports(), report, params] as const,
  settings: () => [...analyticsKeys.all, "settings"] as const,
  customer: (customerId: string) => [...analyticsKeys.all, "customer", customerId] as const,
  regions: (limit: number) => ["regions", "analytics-picker", { limit }] as const,
  salesChannels: (limit: number) => ["sales_channels", "analytics-picker", { limit }] as const,
}
