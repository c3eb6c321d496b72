import type { MedusaContainer } from "@medusajs/framework/types"
import { seedDemoStore } from "../../src/scripts/demo-data/seed-store"

export type TestStore = {
  publishableKey: string
  salesChannelId: string
  regions: Record<string, { id: string; currency_code: string }>
  locations: Record<string, { id: string }>
  storeHeaders: { headers: { "x-publishable-api-key": string } }
}

/**
 * A small copy of the demo store (same seed code as `npm start`), sized for
 * tests: a few products, optionally a few historical orders.
 */
export async function seedTestStore(
  container: MedusaContainer,
  { products = 6, orders = 0 }: { products?: number; orders?: number } = {}
): Promise<TestStore> {
  const result = await seedDemoStore(container, { products, orders, log: () => undefined })
  if (result.skipped) throw new Error("test database was already seeded")
  return {
    publishableKey: result.publishableKey,
    salesChannelId: result.salesChannelId,
    regions: result.regions,
    locations: result.locations,
    storeHeaders: { headers: { "x-publishable-api-key": result.publishableKey } },
  }
}
