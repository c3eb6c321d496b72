import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { CORE_INVENTORY_ITEMS_KEY, inventoryKeys } from "../lib/inventory-query-keys"
import type { InventoryInsights, InventoryLevelRef, StockAdjustmentInput } from "../lib/inventory-types"
import { sdk } from "../lib/sdk"

/**
 * Stock, thresholds, alerts, velocity, suggestion and recent ledger of one item. The ledger and
 * alerts are written by subscribers after a stock move, so `poll` keeps refreshing for a short while.
 */
export const useInventoryInsights = (inventoryItemId: string | null | undefined, options: { poll?: boolean } = {}) =>
  useQuery({
    queryKey: inventoryKeys.insights(inventoryItemId ?? ""),
    queryFn: () =>
      sdk.client.fetch<{ insights: InventoryInsights }>(`/admin/inventory-items/${inventoryItemId}/inventory-insights`),
    enabled: Boolean(inventoryItemId),
    refetchInterval: options.poll ? 2000 : false,
  })

/** Change stocked quantity at a location: a delta or a new absolute quantity, with a required note. */
export const useAdjustStock = (inventoryItemId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: StockAdjustmentInput) =>
      sdk.client.fetch<{ inventory_level: InventoryLevelRef }>(
        `/admin/inventory-items/${inventoryItemId}/stock-adjustments`,
        { method: "POST", body }
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: inventoryKeys.item(inventoryItemId) }),
        queryClient.invalidateQueries({ queryKey: inventoryKeys.ledger() }),
        queryClient.invalidateQueries({ queryKey: inventoryKeys.alerts() }),
        queryClient.invalidateQueries({ queryKey: inventoryKeys.replenishment() }),
        // The core page's "Locations" section shows the same levels.
        queryClient.invalidateQueries({ queryKey: CORE_INVENTORY_ITEMS_KEY }),
      ]),
  })
}
