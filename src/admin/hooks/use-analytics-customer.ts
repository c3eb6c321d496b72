import { useQuery } from "@tanstack/react-query"
import { analyticsKeys } from "../lib/analytics-query-keys"
import type { CustomerAnalytics } from "../lib/analytics-types"
import { sdk } from "../lib/sdk"

/** Lifetime value, orders and AOV per currency, and the RFM segment of one customer. */
export const useCustomerAnalytics = (customerId: string | null | undefined) =>
  useQuery({
    queryKey: analyticsKeys.customer(customerId ?? ""),
    queryFn: () =>
      sdk.client.fetch<{ customer_analytics: CustomerAnalytics }>(`/admin/customers/${customerId}/analytics`),
    enabled: Boolean(customerId),
    staleTime: 60_000,
  })
