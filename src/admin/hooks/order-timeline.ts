import { useQuery } from "@tanstack/react-query"
import { orderTimelineKeys, type TimelineResponse } from "../lib/order-timeline"
import { sdk } from "../lib/sdk"

/** One page of an order's timeline, newest first. */
export const useOrderTimeline = (orderId: string, page: { limit: number; offset: number }) =>
  useQuery({
    queryKey: orderTimelineKeys.order(orderId, page),
    queryFn: () =>
      sdk.client.fetch<TimelineResponse>(`/admin/orders/${orderId}/timeline`, {
        query: { order: "-occurred_at", limit: page.limit, offset: page.offset },
      }),
    enabled: Boolean(orderId),
    placeholderData: (previous) => previous,
  })
