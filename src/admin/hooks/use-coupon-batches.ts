import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { couponKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { CouponBatch, CreateCouponBatchInput, Paginated, SpendThresholdInput } from "../lib/types"

const POLL_MS = 1500

/** Batches, newest first; polls while any batch on the page is still generating. */
export const useCouponBatches = (page: { limit: number; offset: number }) =>
  useQuery({
    queryKey: couponKeys.batches(page),
    queryFn: () =>
      sdk.client.fetch<Paginated<"coupon_batches", CouponBatch>>("/admin/coupon-batches", {
        query: { limit: page.limit, offset: page.offset },
      }),
    placeholderData: (previous) => previous,
    refetchInterval: (query) =>
      query.state.data?.coupon_batches.some((b) => b.status === "generating") ? POLL_MS : false,
  })

/** One batch with its stats; polls until generation has finished. */
export const useCouponBatch = (id: string | null | undefined) =>
  useQuery({
    queryKey: couponKeys.batch(id ?? ""),
    queryFn: () => sdk.client.fetch<{ coupon_batch: CouponBatch }>(`/admin/coupon-batches/${id}`),
    enabled: Boolean(id),
    refetchInterval: (query) => (query.state.data?.coupon_batch.status === "generating" ? POLL_MS : false),
  })

export const useCreateCouponBatch = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateCouponBatchInput) =>
      sdk.client.fetch<{ coupon_batch: CouponBatch }>("/admin/coupon-batches", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: couponKeys.all }),
  })
}

export const useRevokeCouponCodes = (batchId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { code_ids: string[] } | { all_unused: true }) =>
      sdk.client.fetch<{ revoked: number }>(`/admin/coupon-batches/${batchId}/revoke`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: couponKeys.all }),
  })
}

/** "Spend X, save Y": a core promotion created by our route. */
export const useCreateSpendThresholdPromotion = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: SpendThresholdInput) =>
      sdk.client.fetch<{ promotion: { id: string; code: string } }>("/admin/spend-threshold-promotions", {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["promotions"] }),
  })
}
