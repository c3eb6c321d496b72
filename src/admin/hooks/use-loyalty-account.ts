import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { loyaltyKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { AdjustPointsInput, LoyaltyAccountResponse } from "../lib/types"

/** Balances, reconcile status and one page of the ledger (newest first). */
export const useLoyaltyAccount = (
  customerId: string | null | undefined,
  page: { limit: number; offset: number },
  options: { enabled?: boolean } = {}
) =>
  useQuery({
    queryKey: loyaltyKeys.account(customerId ?? "", page),
    queryFn: () =>
      sdk.client.fetch<LoyaltyAccountResponse>(`/admin/loyalty/accounts/${customerId}`, {
        query: { limit: page.limit, offset: page.offset },
      }),
    enabled: Boolean(customerId) && (options.enabled ?? true),
    placeholderData: (previous) => previous,
  })

export const useAdjustPoints = (customerId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AdjustPointsInput) =>
      sdk.client.fetch<{ adjustment: unknown }>(`/admin/loyalty/accounts/${customerId}/adjustments`, {
        method: "POST",
        body,
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: loyaltyKeys.accounts(customerId) }),
        queryClient.invalidateQueries({ queryKey: loyaltyKeys.liability() }),
        queryClient.invalidateQueries({ queryKey: loyaltyKeys.reconcile() }),
      ]),
  })
}
