import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_EXCEPTION_MODULE } from "../../modules/order-exception"
import type OrderExceptionModuleService from "../../modules/order-exception/service"
import { cartOversoldCauseKey } from "../../modules/order-exception/utils/cases"

export const recordCheckoutStockFailureWorkflowId = "order-exceptions-record-checkout-stock-failure"

export type CheckoutStockFailureInput = { cart_id: string; inventory_item_id: string; location_id: string }

/**
 * Medusa reserves stock under a lock per inventory item and checks what is
 * available, so of two checkouts racing for the last unit one gets the order
 * and the other is rejected ("Not enough stock available"), with no order
 * and no payment authorized. That rejection is recorded here as a low
 * severity oversold case on the cart (demand the stock could not serve),
 * after checking it still holds: the cart has no order and the item's stock
 * at that location does not cover the cart's quantity.
 */
const recordCheckoutStockFailureStep = createStep(
  "order-exceptions-record-checkout-stock-failure-step",
  async (input: CheckoutStockFailureInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    const inventory = container.resolve(Modules.INVENTORY)
    const none = () => new StepResponse({ case_id: null as string | null }, null)

    const {
      data: [cart],
    } = await query.graph({
      entity: "cart",
      fields: [
        "id",
        "email",
        "customer_id",
        "currency_code",
        "completed_at",
        "order.id",
        "items.id",
        "items.title",
        "items.variant_sku",
        "items.variant_id",
        "items.quantity",
        "items.variant.inventory_items.inventory_item_id",
        "items.variant.inventory_items.required_quantity",
      ],
      filters: { id: input.cart_id },
    })
    if (!cart || (cart as any).order?.id) return none()
    const lines = (cart.items ?? []).filter((i: any) =>
      (i?.variant?.inventory_items ?? []).some((ii: any) => ii.inventory_item_id === input.inventory_item_id)
    )
    if (!lines.length) return none()
    const required = lines.reduce((acc: any, line: any) => {
      const link = line.variant.inventory_items.find((ii: any) => ii.inventory_item_id === input.inventory_item_id)
      return MathBN.add(acc, MathBN.mult(line.quantity, link?.required_quantity ?? 1))
    }, MathBN.convert(0))
    const [level] = await inventory.listInventoryLevels(
      { inventory_item_id: input.inventory_item_id, location_id: input.location_id },
      { take: 1 }
    )
    const available = level ? MathBN.sub(level.stocked_quantity, level.reserved_quantity) : MathBN.convert(0)
    if (MathBN.gte(available, required)) return none()

    const label = lines
      .map((l: any) => l.variant_sku || l.title)
      .filter(Boolean)
      .join(", ")
    const result = await service.raiseCases([
      {
        type: "oversold",
        cause_key: cartOversoldCauseKey(cart.id),
        source_key: `checkout-stock:${cart.id}:${input.inventory_item_id}:${input.location_id}`,
        severity: "low",
        cart_id: cart.id,
        email: cart.email ?? null,
        customer_id: cart.customer_id ?? null,
        currency_code: cart.currency_code ?? null,
        summary: `Checkout rejected: ${required.toString()} × ${label || input.inventory_item_id} wanted, ${available.toString()} available`,
        data: {
          inventory_item_id: input.inventory_item_id,
          location_id: input.location_id,
          required: required.toString(),
          available: available.toString(),
          variant_ids: lines.map((l: any) => l.variant_id),
        },
      },
    ])
    return new StepResponse({ case_id: result.created[0] ?? result.updated[0] ?? null }, result.created[0] ?? null)
  },
  async (createdCaseId: string | null | undefined, { container }) => {
    if (!createdCaseId) return
    const service: OrderExceptionModuleService = container.resolve(ORDER_EXCEPTION_MODULE)
    await service.softDeleteOrderExceptionCases([createdCaseId])
  }
)

export const recordCheckoutStockFailureWorkflow = createWorkflow(
  recordCheckoutStockFailureWorkflowId,
  (input: CheckoutStockFailureInput) => new WorkflowResponse(recordCheckoutStockFailureStep(input))
)
