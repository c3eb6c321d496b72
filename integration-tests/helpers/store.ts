import type { MedusaContainer } from "@medusajs/framework/types"
import { INVENTORY_ALERT_MODULE } from "../../src/modules/inventory-alert"
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

/**
 * The stock ledger starts from the stock as it is at the inventory-alert
 * module's first use (its settings row). Call this in beforeAll, so the
 * baseline is part of the state every test starts from: otherwise, on the
 * Redis bus, the first stock event a test's change triggers can arrive after
 * the change and make it part of the baseline.
 */
export async function takeStockLedgerBaseline(container: MedusaContainer) {
  await container.resolve<any>(INVENTORY_ALERT_MODULE).getSettings()
}
