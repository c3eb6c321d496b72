import type { MedusaContainer } from "@medusajs/framework/types"
import { reconcileStockWorkflow } from "../workflows/inventory/reconcile-stock"

/** Every 15 minutes: the safety net for stock changes and alert crossings that events missed. */
export default async function inventoryReconcile(container: MedusaContainer) {
  await reconcileStockWorkflow(container).run({ input: {} })
}

export const config = {
  name: "inventory-reconcile",
  schedule: "*/15 * * * *",
}
