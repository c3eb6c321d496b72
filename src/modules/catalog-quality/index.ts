import { Module } from "@medusajs/framework/utils"
import CatalogQualityModuleService from "./service"

export const CATALOG_QUALITY_MODULE = "catalogQuality"

export default Module(CATALOG_QUALITY_MODULE, {
  service: CatalogQualityModuleService,
})
