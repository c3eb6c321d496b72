import type { MedusaContainer } from "@medusajs/framework/types"
import { recomputeCatalogQualityWorkflow } from "../workflows/catalog-quality/recompute-scores"

/**
 * Nightly: every product's score from the catalog as it is (orders move
 * "units sold", prices and regions change without product events). Safe to
 * run twice or overlap: recomputes are serialised and idempotent.
 */
export default async function catalogQualityRecompute(container: MedusaContainer) {
  await recomputeCatalogQualityWorkflow(container).run({ input: {} })
}

export const config = {
  name: "catalog-quality-recompute",
  schedule: "30 3 * * *",
}
