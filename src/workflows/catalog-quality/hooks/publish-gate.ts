import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { CATALOG_QUALITY_MODULE } from "../../../modules/catalog-quality"
import type CatalogQualityModuleService from "../../../modules/catalog-quality/service"
import { publishGateMessage } from "../../../modules/catalog-quality/utils/score"

type HookProduct = { id: string; status?: string }

/**
 * Publish gate (setting `publish_gate_enabled`, off by default): a product
 * may not become published while it scores below `publish_gate_min_score`.
 * The hooks run after the products were written, so refusing means throwing:
 * Medusa's workflow then compensates (the created products are deleted, the
 * updated ones restored) and the route answers 400 with the list.
 *
 * On update only products that become published are gated (their last
 * computed status was not "published", or they were never scored): a
 * published product can still be edited, to be improved.
 */
async function gate(container: MedusaContainer, products: HookProduct[], becoming: "created" | "updated") {
  const service: CatalogQualityModuleService = container.resolve(CATALOG_QUALITY_MODULE)
  const settings = await service.getSettings()
  if (!settings.publish_gate_enabled) return
  let candidates = products.filter((p) => p.status === "published").map((p) => p.id)
  if (becoming === "updated" && candidates.length) {
    const stored = await service.storedStatuses(candidates)
    candidates = candidates.filter((id) => stored.get(id) !== "published")
  }
  if (!candidates.length) return
  const message = publishGateMessage(await service.scoreProducts(candidates), settings.publish_gate_min_score)
  if (message) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

createProductsWorkflow.hooks.productsCreated(async ({ products }, { container }) => {
  await gate(container, products as HookProduct[], "created")
})

updateProductsWorkflow.hooks.productsUpdated(async ({ products }, { container }) => {
  await gate(container, products as HookProduct[], "updated")
})
