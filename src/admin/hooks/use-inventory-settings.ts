import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { inventoryKeys } from "../lib/inventory-query-keys"
import type { InventoryAlertSettings, InventoryAlertSettingsFields } from "../lib/inventory-types"
import { sdk } from "../lib/sdk"

export const useInventoryAlertSettings = (options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: inventoryKeys.settings(),
    queryFn: () => sdk.client.fetch<{ settings: InventoryAlertSettings }>("/admin/inventory-alerts/settings"),
    enabled: options.enabled ?? true,
  })

export const useUpdateInventoryAlertSettings = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: Partial<InventoryAlertSettingsFields>) =>
      sdk.client.fetch<{ settings: InventoryAlertSettings }>("/admin/inventory-alerts/settings", {
        method: "POST",
        body,
      }),
    onSuccess: ({ settings }) => {
      queryClient.setQueryData(inventoryKeys.settings(), { settings })
      // The default threshold, velocity window and lead time feed insights and suggestions.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: inventoryKeys.items() }),
        queryClient.invalidateQueries({ queryKey: inventoryKeys.replenishment() }),
      ])
    },
  })
}
