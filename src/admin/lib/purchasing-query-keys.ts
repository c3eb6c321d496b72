/**
 * React-query keys of the purchasing pages. Every parameter a query depends
 * on is part of its key; `purchasingKeys.all` invalidates everything.
 */
export const purchasingKeys = {
  all: ["purchasing"] as const,
  suppliers: (params: { q: string; limit: number; offset: number }) =>
    [...purchasingKeys.all, "suppliers", params] as const,
  supplier: (id: string) => [...purchasingKeys.all, "supplier", id] as const,
  supplierItems: (id: string, page: { limit: number; offset: number }) =>
    [...purchasingKeys.supplier(id), "items", page] as const,
  orders: (params: { status: string | null; supplier_id: string | null; limit: number; offset: number }) =>
    [...purchasingKeys.all, "orders", params] as const,
  order: (id: string) => [...purchasingKeys.all, "order", id] as const,
  /** Core data used by the pickers (not ours to invalidate). */
  inventoryItems: (q: string, limit: number) => ["inventory-items", "purchasing-picker", { q, limit }] as const,
  stockLocations: (limit: number) => ["stock-locations", "purchasing-picker", { limit }] as const,
}
