import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { inventoryKeys } from "../lib/inventory-query-keys"
import type {
  AlertTransitionInput,
  AlertTransitionResponse,
  InventoryAlert,
  InventoryAlertListParams,
  InventoryAlertSummary,
} from "../lib/inventory-types"
import { sdk } from "../lib/sdk"
import type { Paginated } from "../lib/types"

/** Alerts are raised by a subscriber after stock moves: refresh the list now and then. */
const POLL_MS = 15_000

/** Lists go comma-separated (`status=open,acknowledged`), which the route splits. */
const toQuery = (params: InventoryAlertListParams) => ({
  limit: params.limit,
  offset: params.offset,
  order: params.order,
  ...(params.status.length ? { status: params.status.join(",") } : {}),
  ...(params.kind.length ? { kind: params.kind.join(",") } : {}),
  ...(params.severity.length ? { severity: params.severity.join(",") } : {}),
  ...(params.inventory_item_id ? { inventory_item_id: params.inventory_item_id } : {}),
  ...(params.location_id ? { location_id: params.location_id } : {}),
  ...(params.q.trim() ? { q: params.q.trim() } : {}),
})

export const useInventoryAlerts = (params: InventoryAlertListParams) =>
  useQuery({
    queryKey: inventoryKeys.alertList(params),
    queryFn: () =>
      sdk.client.fetch<Paginated<"inventory_alerts", InventoryAlert>>("/admin/inventory-alerts", {
        query: toQuery(params),
      }),
    placeholderData: (previous) => previous,
    refetchInterval: POLL_MS,
  })

export const useInventoryAlertSummary = () =>
  useQuery({
    queryKey: inventoryKeys.alertSummary(),
    queryFn: () => sdk.client.fetch<{ summary: InventoryAlertSummary }>("/admin/inventory-alerts/summary"),
    refetchInterval: POLL_MS,
  })

/** Acknowledge or resolve alerts (forward moves only; the server ignores the others). */
export const useTransitionInventoryAlerts = (action: "acknowledge" | "resolve") => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: AlertTransitionInput) =>
      sdk.client.fetch<AlertTransitionResponse>(`/admin/inventory-alerts/${action}`, { method: "POST", body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: inventoryKeys.alerts() }),
        queryClient.invalidateQueries({ queryKey: inventoryKeys.items() }),
      ]),
  })
}
