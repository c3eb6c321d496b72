import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { inventoryKeys } from "../lib/inventory-query-keys"
import { purchasingKeys } from "../lib/purchasing-query-keys"
import type {
  PurchaseOrderRef,
  PurchaseOrdersFromSuggestionsInput,
  ReplenishmentParams,
  ReplenishmentResponse,
} from "../lib/inventory-types"
import { sdk } from "../lib/sdk"

export const useReplenishment = (params: ReplenishmentParams, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: inventoryKeys.replenishmentList(params),
    queryFn: () =>
      sdk.client.fetch<ReplenishmentResponse>("/admin/replenishment", {
        query: {
          limit: params.limit,
          offset: params.offset,
          ...(params.location_id ? { location_id: params.location_id } : {}),
          ...(params.needs_reorder ? { needs_reorder: "true" } : {}),
        },
      }),
    enabled: options.enabled ?? true,
    placeholderData: (previous) => previous,
  })

/** One purchase order per supplier from the selected suggestions. */
export const useCreatePurchaseOrdersFromSuggestions = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: PurchaseOrdersFromSuggestionsInput) =>
      sdk.client.fetch<{ purchase_orders: PurchaseOrderRef[] }>("/admin/purchase-orders/from-suggestions", {
        method: "POST",
        body,
      }),
    onSuccess: () =>
      Promise.all([
        // Ordered units become incoming stock, which lowers the next suggestions.
        queryClient.invalidateQueries({ queryKey: inventoryKeys.replenishment() }),
        queryClient.invalidateQueries({ queryKey: inventoryKeys.items() }),
        // The purchase order pages list the new drafts.
        queryClient.invalidateQueries({ queryKey: purchasingKeys.all }),
      ]),
  })
}
