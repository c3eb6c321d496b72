import { Module } from "@medusajs/framework/utils"
import LoyaltyPointsModuleService from "./service"

export const LOYALTY_POINTS_MODULE = "loyaltyPoints"

export default Module(LOYALTY_POINTS_MODULE, {
  service: LoyaltyPointsModuleService,
})
