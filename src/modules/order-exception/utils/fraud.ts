import { MathBN } from "@medusajs/framework/utils"
import type { FraudReason, FraudRuleKey, FraudRules } from "../types"
import { DISPOSABLE_EMAIL_DOMAINS } from "./disposable-domains"

/**
 * Fraud signals: pure, explainable rules. Every rule that fires adds its
 * weight; the score is the sum, capped at 100. The facts are gathered by the
 * assess workflow (orders by e-mail/customer, failed payments, addresses,
 * cards, the store's average order value); nothing here reads a database.
 */

export const DEFAULT_FRAUD_RULES: FraudRules = {
  order_velocity: { enabled: true, weight: 25, window_hours: 24, min_orders: 4 },
  failed_payments: { enabled: true, weight: 25, window_hours: 24, min_failures: 2 },
  country_mismatch: { enabled: true, weight: 15 },
  high_first_order: { enabled: true, weight: 20, multiplier: 3, min_sample: 10, window_days: 90 },
  disposable_email: { enabled: true, weight: 30, extra_domains: [] },
  many_addresses: { enabled: true, weight: 15, window_days: 30, min_addresses: 3 },
  many_cards: { enabled: true, weight: 20, window_days: 30, min_cards: 3 },
}

export const FRAUD_RULE_KEYS = Object.keys(DEFAULT_FRAUD_RULES) as FraudRuleKey[]

/** The stored (partial) rules over the defaults, rule by rule and field by field. */
export function mergeFraudRules(stored: unknown): FraudRules {
  const merged = structuredClone(DEFAULT_FRAUD_RULES) as Record<FraudRuleKey, Record<string, unknown>>
  if (!stored || typeof stored !== "object") return merged as FraudRules
  for (const key of FRAUD_RULE_KEYS) {
    const patch = (stored as Record<string, unknown>)[key]
    if (!patch || typeof patch !== "object") continue
    for (const [field, value] of Object.entries(patch as Record<string, unknown>)) {
      if (field in merged[key] && value !== undefined && value !== null) merged[key][field] = value
    }
  }
  return merged as FraudRules
}

export type FraudFacts = {
  email: string | null
  customer_id: string | null
  currency_code: string
  /** Order total as a decimal string (main currency unit). */
  total: string
  billing_country: string | null
  shipping_country: string | null
  /** Orders from this e-mail/customer within the velocity window, this one included. */
  orders_in_window: number
  /** Failed payments recorded for this e-mail/customer within the failed-payments window. */
  failed_payments_in_window: number
  /** Orders from this e-mail/customer placed before this one (any time). */
  prior_orders: number
  /** The store's average order value in this currency over the rule's window, excluding this order. */
  average_order_value: { value: string; sample: number } | null
  /** Distinct shipping addresses (normalised) for this e-mail/customer within the window, this order's included. */
  distinct_addresses: number
  /** Distinct card fingerprints within the window; null when the provider exposes none. */
  distinct_cards: number | null
}

export type FraudResult = { score: number; reasons: FraudReason[] }

export function scoreFraud(facts: FraudFacts, rules: FraudRules): FraudResult {
  const reasons: FraudReason[] = []
  const fire = (rule: FraudRuleKey, detail: string) => {
    const weight = rules[rule].weight
    if (weight > 0) reasons.push({ rule, weight, detail })
  }
  const who = facts.customer_id ? "this customer" : "this e-mail"

  const velocity = rules.order_velocity
  if (velocity.enabled && facts.orders_in_window >= velocity.min_orders) {
    fire("order_velocity", `${facts.orders_in_window} orders from ${who} within ${velocity.window_hours} h`)
  }

  const failed = rules.failed_payments
  if (failed.enabled && facts.failed_payments_in_window >= failed.min_failures) {
    fire(
      "failed_payments",
      `${facts.failed_payments_in_window} failed payments from ${who} within ${failed.window_hours} h`
    )
  }

  const billing = normaliseCountry(facts.billing_country)
  const shipping = normaliseCountry(facts.shipping_country)
  if (rules.country_mismatch.enabled && billing && shipping && billing !== shipping) {
    fire(
      "country_mismatch",
      `billing country ${billing.toUpperCase()} differs from shipping country ${shipping.toUpperCase()}`
    )
  }

  const high = rules.high_first_order
  const average = facts.average_order_value
  if (high.enabled && facts.prior_orders === 0 && average && average.sample >= high.min_sample) {
    const limit = MathBN.mult(average.value, high.multiplier)
    if (MathBN.gt(facts.total, limit)) {
      const currency = facts.currency_code.toUpperCase()
      fire(
        "high_first_order",
        `first order of ${facts.total} ${currency} is above ${high.multiplier}× the average order value ` +
          `(${roundForDisplay(average.value)} ${currency} over ${average.sample} orders)`
      )
    }
  }

  const domain = emailDomain(facts.email)
  if (rules.disposable_email.enabled && domain && isDisposableDomain(domain, rules.disposable_email.extra_domains)) {
    fire("disposable_email", `e-mail domain ${domain} is a disposable-mail domain`)
  }

  const addresses = rules.many_addresses
  if (addresses.enabled && facts.distinct_addresses >= addresses.min_addresses) {
    fire(
      "many_addresses",
      `${facts.distinct_addresses} shipping addresses for ${who} within ${addresses.window_days} days`
    )
  }

  const cards = rules.many_cards
  if (cards.enabled && facts.distinct_cards !== null && facts.distinct_cards >= cards.min_cards) {
    fire("many_cards", `${facts.distinct_cards} distinct cards for ${who} within ${cards.window_days} days`)
  }

  const score = Math.min(
    100,
    reasons.reduce((sum, r) => sum + r.weight, 0)
  )
  return { score, reasons }
}

export function emailDomain(email: string | null | undefined): string | null {
  if (!email) return null
  const at = email.lastIndexOf("@")
  if (at < 1 || at === email.length - 1) return null
  return email
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/\.$/, "")
}

/** The domain or any parent domain of it is listed (built-in list or the merchant's extra domains). */
export function isDisposableDomain(domain: string, extra: readonly string[] = []): boolean {
  const listed = new Set([...DISPOSABLE_EMAIL_DOMAINS, ...extra.map((d) => d.trim().toLowerCase())])
  const parts = domain.toLowerCase().split(".")
  for (let i = 0; i < parts.length - 1; i++) {
    if (listed.has(parts.slice(i).join("."))) return true
  }
  return false
}

function normaliseCountry(code: string | null | undefined) {
  const c = code?.trim().toLowerCase()
  return c ? c : null
}

type AddressLike = {
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  postal_code?: string | null
  country_code?: string | null
}

/** One key per physical address: case, spacing and punctuation do not make a new one. */
export function addressKey(address: AddressLike | null | undefined): string | null {
  if (!address) return null
  const part = (v: string | null | undefined) =>
    (v ?? "")
      .toLowerCase()
      .replace(/ß/g, "ss")
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim()
  const key = [address.address_1, address.address_2, address.city, address.postal_code, address.country_code]
    .map(part)
    .join("|")
  return key.replace(/\|/g, "") ? key : null
}

export function countDistinct(keys: (string | null | undefined)[]): number {
  return new Set(keys.filter((k): k is string => !!k)).size
}

/**
 * A card fingerprint from a payment's provider data, where the provider
 * exposes one (Stripe puts it on the payment method or the charge). Null when
 * there is none: Medusa's system provider and most others expose nothing.
 */
export function cardFingerprint(data: unknown): string | null {
  if (!data || typeof data !== "object") return null
  const d = data as Record<string, any>
  const candidates = [
    d.card_fingerprint,
    d.payment_method?.card?.fingerprint,
    d.payment_method_details?.card?.fingerprint,
    d.latest_charge?.payment_method_details?.card?.fingerprint,
    d.charges?.data?.[0]?.payment_method_details?.card?.fingerprint,
  ]
  const found = candidates.find((c) => typeof c === "string" && c.length > 0)
  return found ?? null
}

function roundForDisplay(value: string) {
  const n = MathBN.convert(value)
  return n.decimalPlaces(2).toString()
}
