/**
 * React-query keys. Every parameter a query depends on is part of its key;
 * prefixes (`loyaltyKeys.all`, `couponKeys.batch(id)`) invalidate whole families.
 */
export const loyaltyKeys = {
  all: ["loyalty"] as const,
  rules: () => [...loyaltyKeys.all, "rules"] as const,
  accounts: (customerId: string) => [...loyaltyKeys.all, "account", customerId] as const,
  account: (customerId: string, page: { limit: number; offset: number }) =>
    [...loyaltyKeys.accounts(customerId), page] as const,
  liability: () => [...loyaltyKeys.all, "liability"] as const,
  reconcile: () => [...loyaltyKeys.all, "reconcile"] as const,
}

export const couponKeys = {
  all: ["coupons"] as const,
  batches: (page: { limit: number; offset: number }) => [...couponKeys.all, "batches", page] as const,
  batch: (id: string) => [...couponKeys.all, "batch", id] as const,
  codes: (id: string, params: { status: string | null; q: string; limit: number; offset: number }) =>
    [...couponKeys.batch(id), "codes", params] as const,
}

export const coreKeys = {
  promotions: (q: string, limit: number) => ["promotions", "picker", { q, limit }] as const,
  storeCurrencies: () => ["store", "currencies"] as const,
  customerGroups: (limit: number) => ["customer-groups", "picker", { limit }] as const,
}
