import { Module } from "@medusajs/framework/utils"
import SearchInsightModuleService from "./service"

export const SEARCH_INSIGHT_MODULE = "searchInsight"

export default Module(SEARCH_INSIGHT_MODULE, {
  service: SearchInsightModuleService,
})
