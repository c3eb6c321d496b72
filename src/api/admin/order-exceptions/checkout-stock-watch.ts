import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordCheckoutStockFailureWorkflow } from "../../../workflows/order-exceptions/record-checkout-stock-failure"

const STOCK_ERROR = /Not enough stock available for item ([A-Za-z0-9_]+) at location ([A-Za-z0-9_]+)/

/**
 * Middleware for `POST /store/carts/:id/complete`. Medusa rejects a checkout
 * whose reservation stock can no longer cover (two checkouts racing for the
 * last unit: one wins under the inventory lock, the other gets this error)
 * and emits no event for it. This watches the response for that error and,
 * after the response is sent, records the rejected checkout as an oversold
 * case on the cart. The shopper's response is untouched.
 */
export function watchCheckoutStockFailures(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  // Read now: by the time the error handler answers, Express has reset req.params.
  const cartId = req.params?.id
  const scope = req.scope
  res.json = ((body: any) => {
    try {
      const match = res.statusCode >= 400 && typeof body?.message === "string" ? STOCK_ERROR.exec(body.message) : null
      if (match && cartId) {
        setImmediate(() => {
          recordCheckoutStockFailureWorkflow(scope)
            .run({ input: { cart_id: cartId, inventory_item_id: match[1], location_id: match[2] } })
            .catch((e: Error) =>
              scope
                .resolve(ContainerRegistrationKeys.LOGGER)
                .warn(`order exceptions: could not record the rejected checkout of ${cartId}: ${e.message}`)
            )
        })
      }
    } catch {
      // Never let the watch get in the way of the shopper's response.
    }
    return json(body)
  }) as typeof res.json
  next()
}
