import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { LoyaltyRuleValues } from "../types"
import type { Amount } from "./points"

/** Decimal places of a currency's minor unit (EUR 2, JPY 0, BHD 3). */
export function currencyDecimals(currency_code: string) {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: currency_code.toUpperCase() }).resolvedOptions()
      .maximumFractionDigits as number
  } catch {
    return 2
  }
}

/**
 * Turns points asked for at checkout into a discount:
 * - the discount is points / points_per_currency_unit, rounded down to the currency's minor unit;
 * - only the points that discount costs are charged (never more than asked);
 * - at least `min_redemption` points, at most `max_redemption_share` of the cart total.
 */
export function planRedemption(input: {
  points: number
  cartTotal: Amount
  currency_code: string
  rule: Pick<LoyaltyRuleValues, "points_per_currency_unit" | "min_redemption" | "max_redemption_share">
}) {
  const { rule } = input
  if (!Number.isInteger(input.points) || input.points <= 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "points must be a positive whole number")
  }
  if (input.points < rule.min_redemption) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `At least ${rule.min_redemption} points must be redeemed at once`
    )
  }
  const decimals = currencyDecimals(input.currency_code)
  const amount = MathBN.div(input.points, rule.points_per_currency_unit).decimalPlaces(decimals, 1)
  if (amount.lte(0)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${input.points} points are worth less than the smallest ${input.currency_code.toUpperCase()} amount`
    )
  }
  const maxAmount = MathBN.mult(input.cartTotal, rule.max_redemption_share).decimalPlaces(decimals, 1)
  if (amount.gt(maxAmount)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Points can pay at most ${maxAmount.toString()} ${input.currency_code.toUpperCase()} of this cart (${input.points} points are worth ${amount.toString()})`
    )
  }
  const points = MathBN.mult(amount, rule.points_per_currency_unit).integerValue(0).toNumber()
  return { points: Math.min(points, input.points), amount: amount.toString(), max_amount: maxAmount.toString() }
}

/** How every points promotion code starts (see pointsPromotionCode). */
export const POINTS_CODE_PREFIX = "PTS-"

/** The code of the promotion that carries a cart's points discount: one per cart. */
export function pointsPromotionCode(cartId: string) {
  return `${POINTS_CODE_PREFIX}${cartId.replace(/^cart_/, "").toUpperCase()}`
}

/** A promotion made by applyPointsToCartWorkflow: its metadata names the points and the cart. */
export function isPointsPromotion(promotion: { metadata?: Record<string, unknown> | null }) {
  return promotion.metadata?.loyalty_points !== undefined && promotion.metadata?.loyalty_points !== null
}
