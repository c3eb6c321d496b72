import { MedusaService } from "@medusajs/framework/utils"
import CatalogQualitySetting from "./models/catalog-quality-setting"
import ProductQualityScore from "./models/product-quality-score"
import ProductSeo from "./models/product-seo"

/**
 * Catalog health: settings, per-product quality scores and SEO fields.
 * TODO (unfinished): SQL readers of Medusa's product tables feeding
 * utils/score.ts and utils/consistency.ts, and recompute/upsert methods.
 */
class CatalogQualityModuleService extends MedusaService({
  CatalogQualitySetting,
  ProductQualityScore,
  ProductSeo,
}) {}

export default CatalogQualityModuleService
