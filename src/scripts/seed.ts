import type { ExecArgs } from "@medusajs/framework/types"
import { seedDemoStore } from "./demo-data/seed-store"

/**
 * Seeds the demo store: `npm run seed` (also run by `npm start` on first run).
 *
 * SEED_PRODUCTS (default 48) and SEED_ORDERS (default 200) size the store.
 * Safe to run again: a seeded store is left alone, a half-seeded one resumes.
 */
export default async function seed({ container }: ExecArgs) {
  await seedDemoStore(container, {
    products: Number(process.env.SEED_PRODUCTS || 48),
    orders: Number(process.env.SEED_ORDERS || 200),
  })
}
