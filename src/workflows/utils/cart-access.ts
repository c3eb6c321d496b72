import { MedusaError } from "@medusajs/framework/utils"

/**
 * Store-side access to a cart, checked the same way everywhere:
 * - "owner": only the customer the cart belongs to (guests cannot);
 * - "guest-or-owner": a guest cart, or a customer's own cart.
 * A missing cart and another customer's cart are both "Cart not found", so
 * the answer never tells whether someone else's cart exists.
 */
export function assertCartAccess(
  cart: { customer_id?: string | null } | null | undefined,
  customerId: string | null,
  mode: "owner" | "guest-or-owner"
) {
  const allowed =
    Boolean(cart) &&
    (mode === "owner"
      ? Boolean(customerId) && cart!.customer_id === customerId
      : !cart!.customer_id || !customerId || cart!.customer_id === customerId)
  if (!allowed) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Cart not found")
}
