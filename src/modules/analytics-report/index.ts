import { Module } from "@medusajs/framework/utils"
import AnalyticsReportModuleService from "./service"

export const ANALYTICS_REPORT_MODULE = "analyticsReport"

export default Module(ANALYTICS_REPORT_MODULE, {
  service: AnalyticsReportModuleService,
})
