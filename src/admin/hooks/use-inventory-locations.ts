import { useQuery } from "@tanstack/react-query"
import { inventoryKeys } from "../lib/inventory-query-keys"
import { sdk } from "../lib/sdk"

/** Stock locations for pickers (id and name), by name. */
export const useInventoryStockLocations = (limit = 100) =>
  useQuery({
    queryKey: inventoryKeys.stockLocations(limit),
    queryFn: async () => {
      const { stock_locations } = await sdk.admin.stockLocation.list({ fields: "id,name", limit, order: "name" })
      return stock_locations.map((l) => ({ id: l.id, name: l.name }))
    },
    staleTime: 60_000,
  })
