import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { loyaltyKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { LoyaltyRule, LoyaltyRuleFields } from "../lib/types"

export const useLoyaltyRules = () =>
  useQuery({
    queryKey: loyaltyKeys.rules(),
    queryFn: () => sdk.client.fetch<{ rules: LoyaltyRule[]; count: number }>("/admin/loyalty/rules"),
  })

const useInvalidateRules = () => {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: loyaltyKeys.rules() }),
      queryClient.invalidateQueries({ queryKey: loyaltyKeys.liability() }),
    ])
}

export const useCreateLoyaltyRule = () => {
  const invalidate = useInvalidateRules()
  return useMutation({
    mutationFn: (body: Partial<LoyaltyRuleFields> & { currency_code: string }) =>
      sdk.client.fetch<{ rule: LoyaltyRule }>("/admin/loyalty/rules", { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export const useUpdateLoyaltyRule = (id: string) => {
  const invalidate = useInvalidateRules()
  return useMutation({
    mutationFn: (body: Partial<LoyaltyRuleFields>) =>
      sdk.client.fetch<{ rule: LoyaltyRule }>(`/admin/loyalty/rules/${id}`, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export const useDeleteLoyaltyRule = () => {
  const invalidate = useInvalidateRules()
  return useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<{ id: string; deleted: boolean }>(`/admin/loyalty/rules/${id}`, { method: "DELETE" }),
    onSuccess: invalidate,
  })
}
