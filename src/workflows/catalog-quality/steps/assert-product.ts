import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** 404 unless the product exists; returns its handle and status. */
export const assertProductStep = createStep(
  "catalog-quality-assert-product-step",
  async (input: { product_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "handle", "status", "title"],
      filters: { id: input.product_id },
    })
    if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found`)
    return new StepResponse(data[0] as { id: string; handle: string; status: string; title: string })
  }
)
