import type { MedusaContainer } from "@medusajs/framework/types"
import { sendInventoryDigestWorkflow } from "../workflows/inventory/send-digest"

/** Daily at 07:00 (server time): the open-alerts digest, when switched on in the settings. */
export default async function inventoryDigest(container: MedusaContainer) {
  await sendInventoryDigestWorkflow(container).run({ input: {} })
}

export const config = {
  name: "inventory-digest",
  schedule: "0 7 * * *",
}
