import { useQuery } from "@tanstack/react-query"
import { coreKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"

/** Promotions to attach a coupon batch to (searchable by code). */
export const usePromotionOptions = (q: string, limit = 50) =>
  useQuery({
    queryKey: coreKeys.promotions(q, limit),
    queryFn: () =>
      sdk.admin.promotion.list({
        fields: "id,code,status,is_automatic",
        limit,
        ...(q.trim() ? { q: q.trim() } : {}),
      }),
    placeholderData: (previous) => previous,
  })

/** The store's currencies (lower-case codes), default first. */
export const useStoreCurrencies = () =>
  useQuery({
    queryKey: coreKeys.storeCurrencies(),
    queryFn: async () => {
      const { stores } = await sdk.admin.store.list({ fields: "id,*supported_currencies" })
      const currencies = stores[0]?.supported_currencies ?? []
      return [...currencies]
        .sort((a, b) => Number(b.is_default) - Number(a.is_default))
        .map((c) => c.currency_code.toLowerCase())
    },
    staleTime: 5 * 60_000,
  })

export const useCustomerGroupOptions = (limit = 100) =>
  useQuery({
    queryKey: coreKeys.customerGroups(limit),
    queryFn: () => sdk.admin.customerGroup.list({ fields: "id,name", limit }),
    staleTime: 60_000,
  })
