import { useQuery } from "@tanstack/react-query"
import { analyticsKeys } from "../lib/analytics-query-keys"
import { sdk } from "../lib/sdk"

const PICKER_LIMIT = 100

/** Regions to filter reports by. */
export const useAnalyticsRegions = () =>
  useQuery({
    queryKey: analyticsKeys.regions(PICKER_LIMIT),
    queryFn: () => sdk.admin.region.list({ fields: "id,name,currency_code", limit: PICKER_LIMIT }),
    staleTime: 5 * 60_000,
  })

/** Sales channels to filter reports by. */
export const useAnalyticsSalesChannels = () =>
  useQuery({
    queryKey: analyticsKeys.salesChannels(PICKER_LIMIT),
    queryFn: () => sdk.admin.salesChannel.list({ fields: "id,name,is_disabled", limit: PICKER_LIMIT }),
    staleTime: 5 * 60_000,
  })

type AnalyticsSettings = { time_zone?: string | null; max_range_days?: number | null }

/** The reporting settings (time zone of "today" and of day boundaries, maximum range). */
export const useAnalyticsSettings = () =>
  useQuery({
    queryKey: analyticsKeys.settings(),
    queryFn: () => sdk.client.fetch<{ settings: AnalyticsSettings }>("/admin/analytics/settings"),
    staleTime: 5 * 60_000,
    retry: false,
  })
