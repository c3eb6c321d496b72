import { useQuery } from "@tanstack/react-query"
import { loyaltyKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { LoyaltyLiability, ReconcileResponse } from "../lib/types"

export const useLoyaltyLiability = () =>
  useQuery({
    queryKey: loyaltyKeys.liability(),
    queryFn: () => sdk.client.fetch<{ liability: LoyaltyLiability }>("/admin/loyalty/liability"),
  })

export const useLoyaltyReconcile = () =>
  useQuery({
    queryKey: loyaltyKeys.reconcile(),
    queryFn: () => sdk.client.fetch<ReconcileResponse>("/admin/loyalty/reconcile"),
  })
