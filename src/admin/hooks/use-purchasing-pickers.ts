import { useQuery } from "@tanstack/react-query"
import { purchasingKeys } from "../lib/purchasing-query-keys"
import { sdk } from "../lib/sdk"

/** Inventory items to order or price (searchable by SKU or title). */
export const useInventoryItemOptions = (q: string, limit = 50) =>
  useQuery({
    queryKey: purchasingKeys.inventoryItems(q, limit),
    queryFn: () =>
      sdk.admin.inventoryItem.list({
        fields: "id,sku,title",
        limit,
        ...(q.trim() ? { q: q.trim() } : {}),
      }),
    placeholderData: (previous) => previous,
  })

/** Stock locations to receive into. */
export const useStockLocationOptions = (limit = 100) =>
  useQuery({
    queryKey: purchasingKeys.stockLocations(limit),
    queryFn: () => sdk.admin.stockLocation.list({ fields: "id,name", limit }),
    staleTime: 60_000,
  })
