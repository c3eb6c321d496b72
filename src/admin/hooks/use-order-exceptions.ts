import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  ActionOutcome,
  CaseAction,
  CaseStatus,
  FraudAssessment,
  OrderException,
  OrderExceptionDetail,
  OrderExceptionListParams,
  OrderExceptionSettings,
} from "../components/order-exceptions/types"
import { sdk } from "../lib/sdk"

/** Cases are raised by subscribers and the 15-minute scan: refresh lists now and then. */
const POLL_MS = 20_000

export const orderExceptionKeys = {
  all: ["order-exceptions"] as const,
  lists: () => [...orderExceptionKeys.all, "list"] as const,
  list: (params: OrderExceptionListParams) => [...orderExceptionKeys.lists(), params] as const,
  detail: (id: string) => [...orderExceptionKeys.all, "detail", id] as const,
  settings: () => [...orderExceptionKeys.all, "settings"] as const,
  fraud: (orderId: string) => [...orderExceptionKeys.all, "fraud", orderId] as const,
}

type CaseList = { order_exceptions: OrderException[]; count: number; offset: number; limit: number }

/** Lists go comma-separated (`status=open,in_progress`), which the route splits. */
const toQuery = (params: OrderExceptionListParams) => ({
  limit: params.limit,
  offset: params.offset,
  ...(params.type.length ? { type: params.type.join(",") } : {}),
  ...(params.status.length ? { status: params.status.join(",") } : {}),
  ...(params.order_id ? { order_id: params.order_id } : {}),
  ...(params.min_age_hours !== null ? { min_age_hours: params.min_age_hours } : {}),
  ...(params.max_age_hours !== null ? { max_age_hours: params.max_age_hours } : {}),
})

export const useOrderExceptions = (params: OrderExceptionListParams) =>
  useQuery({
    queryKey: orderExceptionKeys.list(params),
    queryFn: () => sdk.client.fetch<CaseList>("/admin/order-exceptions", { query: toQuery(params) }),
    placeholderData: (previous) => previous,
    refetchInterval: POLL_MS,
  })

export const useOrderException = (id: string | null) =>
  useQuery({
    queryKey: orderExceptionKeys.detail(id ?? ""),
    queryFn: () => sdk.client.fetch<{ order_exception: OrderExceptionDetail }>(`/admin/order-exceptions/${id}`),
    enabled: !!id,
  })

const useInvalidate = () => {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: orderExceptionKeys.all })
}

export const useUpdateOrderException = (id: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: { status?: CaseStatus; assignee?: string | null; note?: string }) =>
      sdk.client.fetch<{ order_exception: OrderException }>(`/admin/order-exceptions/${id}`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export const useAddOrderExceptionNote = (id: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: { body: string }) =>
      sdk.client.fetch<{ order_exception: OrderException }>(`/admin/order-exceptions/${id}/notes`, {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

export const useResolveOrderExceptions = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: { ids: string[]; status?: "resolved" | "dismissed"; note?: string }) =>
      sdk.client.fetch<{ updated: number }>("/admin/order-exceptions/resolve", { method: "POST", body }),
    onSuccess: invalidate,
  })
}

/** Runs capture-payment / cancel-order / refund on a case; the answer carries the recorded outcome. */
export const useOrderExceptionAction = (id: string) => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: ({ action, body }: { action: CaseAction; body?: { amount?: number; note?: string } }) =>
      sdk.client.fetch<{ order_exception: OrderException; outcome: ActionOutcome }>(
        `/admin/order-exceptions/${id}/actions/${action}`,
        { method: "POST", body: body ?? {} }
      ),
    onSuccess: invalidate,
  })
}

export const useOrderExceptionSettings = () =>
  useQuery({
    queryKey: orderExceptionKeys.settings(),
    queryFn: () => sdk.client.fetch<{ settings: OrderExceptionSettings }>("/admin/order-exceptions/settings"),
  })

export const useUpdateOrderExceptionSettings = () => {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      sdk.client.fetch<{ settings: OrderExceptionSettings }>("/admin/order-exceptions/settings", {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}

export const useOrderFraudAssessment = (orderId: string) =>
  useQuery({
    queryKey: orderExceptionKeys.fraud(orderId),
    queryFn: () =>
      sdk.client.fetch<{ fraud_assessment: FraudAssessment | null }>(`/admin/orders/${orderId}/fraud-assessment`),
  })
