import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { inventoryKeys } from "../lib/inventory-query-keys"
import type { InventoryThreshold, UpsertThresholdInput } from "../lib/inventory-types"
import { sdk } from "../lib/sdk"
import type { Paginated } from "../lib/types"

export const useInventoryThresholds = (params: { inventory_item_id: string | null; location_id: string | null }) =>
  useQuery({
    queryKey: inventoryKeys.thresholdList(params),
    queryFn: () =>
      sdk.client.fetch<Paginated<"inventory_thresholds", InventoryThreshold>>("/admin/inventory-thresholds", {
        query: {
          ...(params.inventory_item_id ? { inventory_item_id: params.inventory_item_id } : {}),
          ...(params.location_id ? { location_id: params.location_id } : {}),
        },
      }),
  })

/** A threshold changes the item's effective threshold, its alerts and its reorder suggestion. */
const useInvalidateThresholds = () => {
  const queryClient = useQueryClient()
  return (inventoryItemId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: inventoryKeys.thresholds() }),
      queryClient.invalidateQueries({ queryKey: inventoryKeys.item(inventoryItemId) }),
      queryClient.invalidateQueries({ queryKey: inventoryKeys.alerts() }),
      queryClient.invalidateQueries({ queryKey: inventoryKeys.replenishment() }),
    ])
}

/** Create or replace the threshold of (item, location); `location_id: null` is the all-locations one. */
export const useUpsertInventoryThreshold = () => {
  const invalidate = useInvalidateThresholds()
  return useMutation({
    mutationFn: (body: UpsertThresholdInput) =>
      sdk.client.fetch<{ inventory_threshold: InventoryThreshold }>("/admin/inventory-thresholds", {
        method: "POST",
        body,
      }),
    onSuccess: (_data, body) => invalidate(body.inventory_item_id),
  })
}

export const useDeleteInventoryThreshold = () => {
  const invalidate = useInvalidateThresholds()
  return useMutation({
    mutationFn: (threshold: Pick<InventoryThreshold, "id" | "inventory_item_id">) =>
      sdk.client.fetch<{ id: string; object: "inventory_threshold"; deleted: boolean }>(
        `/admin/inventory-thresholds/${threshold.id}`,
        { method: "DELETE" }
      ),
    onSuccess: (_data, threshold) => invalidate(threshold.inventory_item_id),
  })
}
