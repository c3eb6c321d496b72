import { Module } from "@medusajs/framework/utils"
import OrderExceptionModuleService from "./service"

export const ORDER_EXCEPTION_MODULE = "orderException"

export default Module(ORDER_EXCEPTION_MODULE, {
  service: OrderExceptionModuleService,
})
