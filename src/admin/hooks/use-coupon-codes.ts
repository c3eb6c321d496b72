import { useQuery } from "@tanstack/react-query"
import { couponKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { CouponCode, CouponCodeStatus, Paginated } from "../lib/types"

export const useCouponCodes = (
  batchId: string,
  params: { status: CouponCodeStatus | null; q: string; limit: number; offset: number },
  options: { poll?: boolean } = {}
) =>
  useQuery({
    queryKey: couponKeys.codes(batchId, params),
    queryFn: () =>
      sdk.client.fetch<Paginated<"coupon_codes", CouponCode>>(`/admin/coupon-batches/${batchId}/codes`, {
        query: {
          limit: params.limit,
          offset: params.offset,
          ...(params.status ? { status: params.status } : {}),
          ...(params.q.trim() ? { q: params.q.trim() } : {}),
        },
      }),
    placeholderData: (previous) => previous,
    // While the batch is still generating, new codes keep arriving.
    refetchInterval: options.poll ? 3000 : false,
  })
