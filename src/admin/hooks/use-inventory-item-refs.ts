import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { inventoryKeys } from "../lib/inventory-query-keys"
import type { InventoryItemRef } from "../lib/inventory-types"
import { sdk } from "../lib/sdk"

/** SKU and title of the given inventory items (ledger rows carry ids only), by id. */
export const useInventoryItemRefs = (ids: string[]) => {
  const unique = [...new Set(ids)].sort()
  return useQuery({
    queryKey: inventoryKeys.itemRefs(unique),
    queryFn: async () => {
      const { inventory_items } = await sdk.admin.inventoryItem.list({
        id: unique,
        fields: "id,sku,title",
        limit: unique.length,
      })
      return new Map<string, InventoryItemRef>(
        inventory_items.map((i) => [i.id, { id: i.id, sku: i.sku ?? null, title: i.title ?? null }])
      )
    },
    enabled: unique.length > 0,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  })
}
