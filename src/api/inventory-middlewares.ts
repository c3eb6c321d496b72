import type { MiddlewareRoute } from "@medusajs/framework/http"

/** Inventory alerts, thresholds, stock ledger, replenishment and back-in-stock routes. */
export const inventoryMiddlewares: MiddlewareRoute[] = []
