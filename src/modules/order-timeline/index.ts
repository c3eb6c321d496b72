import { Module } from "@medusajs/framework/utils"
import OrderTimelineModuleService from "./service"

export const ORDER_TIMELINE_MODULE = "orderTimeline"

export default Module(ORDER_TIMELINE_MODULE, {
  service: OrderTimelineModuleService,
})
