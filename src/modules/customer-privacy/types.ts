/** Browsing history kept per customer (the oldest views beyond it are dropped). */
export const MAX_VIEWS_PER_CUSTOMER = 100

export type ConsentFlags = { marketing_email?: boolean; personalisation?: boolean }
export type ConsentSource = "customer" | "admin" | "erasure"

export type ConsentState = {
  customer_id: string
  marketing_email: boolean
  personalisation: boolean
  source: ConsentSource | null
  updated_at: Date | null
}

/** The e-mail an erased customer gets (unique per customer, undeliverable: .invalid is reserved). */
export const erasedEmail = (customerId: string) => `erased+${customerId}@invalid`
