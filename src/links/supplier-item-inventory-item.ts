import { defineLink } from "@medusajs/framework/utils"
import InventoryModule from "@medusajs/medusa/inventory"
import PurchasingModule from "../modules/purchasing"

/** Read-only: a supplier item stores the inventory item's id; lets Query join the item's sku and title. */
export default defineLink(
  { linkable: PurchasingModule.linkable.supplierItem, field: "inventory_item_id" },
  InventoryModule.linkable.inventoryItem,
  { readOnly: true }
)
