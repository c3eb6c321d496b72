import { Module } from "@medusajs/framework/utils"
import InventoryAlertModuleService from "./service"

export const INVENTORY_ALERT_MODULE = "inventoryAlert"

export default Module(INVENTORY_ALERT_MODULE, {
  service: InventoryAlertModuleService,
})
