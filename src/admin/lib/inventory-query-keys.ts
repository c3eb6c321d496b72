import type { InventoryAlertListParams, ReplenishmentParams, StockLedgerParams } from "./inventory-types"

/**
 * React-query keys of the inventory cockpit. Every parameter a query depends on is part of its key;
 * the prefixes (`inventoryKeys.alerts()`, `inventoryKeys.item(id)`) invalidate whole families.
 */
export const inventoryKeys = {
  all: ["inventory-cockpit"] as const,
  settings: () => [...inventoryKeys.all, "settings"] as const,
  alerts: () => [...inventoryKeys.all, "alerts"] as const,
  alertList: (params: InventoryAlertListParams) => [...inventoryKeys.alerts(), "list", params] as const,
  alertSummary: () => [...inventoryKeys.alerts(), "summary"] as const,
  ledger: () => [...inventoryKeys.all, "ledger"] as const,
  ledgerList: (params: StockLedgerParams) => [...inventoryKeys.ledger(), "list", params] as const,
  thresholds: () => [...inventoryKeys.all, "thresholds"] as const,
  thresholdList: (params: { inventory_item_id: string | null; location_id: string | null }) =>
    [...inventoryKeys.thresholds(), "list", params] as const,
  items: () => [...inventoryKeys.all, "item"] as const,
  item: (inventoryItemId: string) => [...inventoryKeys.items(), inventoryItemId] as const,
  insights: (inventoryItemId: string) => [...inventoryKeys.item(inventoryItemId), "insights"] as const,
  replenishment: () => [...inventoryKeys.all, "replenishment"] as const,
  replenishmentList: (params: ReplenishmentParams) => [...inventoryKeys.replenishment(), "list", params] as const,
  /** SKU and title of the items on one page of the ledger (ids sorted, so the key is stable). */
  itemRefs: (ids: string[]) => [...inventoryKeys.all, "item-refs", [...ids].sort()] as const,
  stockLocations: (limit: number) => ["stock_locations", "picker", { limit }] as const,
}

/** The dashboard's own inventory item queries (levels on the core detail page), refreshed after an adjustment. */
export const CORE_INVENTORY_ITEMS_KEY = ["inventory_items"] as const
