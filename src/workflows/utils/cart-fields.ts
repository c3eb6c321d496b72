/**
 * The cart fields Medusa's promotion refresh (`updateCartPromotionsWorkflow`)
 * reads when it is given no cart: `cartFieldsForRefreshSteps` of
 * @medusajs/core-flows, which its package does not export. A workflow that
 * has already read the cart with these fields hands it over, so the cart
 * graph is read once per request instead of twice.
 *
 * Kept equal to Medusa's list by a unit test that reads it from the installed
 * package (`__tests__/cart-fields.unit.spec.ts`): an upgrade that adds a field
 * fails that test instead of computing promotions on a partial cart.
 */
export const cartFieldsForPromotionRefresh = [
  "id",
  "email",
  "currency_code",
  "quantity",
  "subtotal",
  "original_item_total",
  "item_total",
  "locale",
  "total",
  "original_item_subtotal",
  "item_subtotal",
  "shipping_subtotal",
  "region_id",
  "metadata",
  "completed_at",
  "sales_channel_id",
  "region.*",
  "items.*",
  "items.product.id",
  "items.product.is_giftcard",
  "items.product.collection_id",
  "items.product.categories.id",
  "items.product.tags.id",
  "items.product.type_id",
  "items.product.weight",
  "items.variant.id",
  "items.variant.product.id",
  "items.variant.product.shipping_profile.id",
  "items.variant.weight",
  "items.variant.length",
  "items.variant.height",
  "items.variant.width",
  "items.variant.material",
  "items.adjustments.*",
  "items.tax_lines.*",
  "shipping_address.*",
  "shipping_methods.*",
  "shipping_methods.adjustments.*",
  "shipping_methods.tax_lines.*",
  "shipping_methods.shipping_option.shipping_option_type_id",
  "shipping_methods.shipping_option.shipping_profile_id",
  "customer.*",
  "customer.groups.*",
  "promotions.id",
  "promotions.code",
  "payment_collection.id",
  "payment_collection.raw_amount",
  "payment_collection.amount",
  "payment_collection.currency_code",
  "payment_collection.payment_sessions.id",
]
