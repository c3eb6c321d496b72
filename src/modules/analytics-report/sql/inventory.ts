import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { FactFilter } from "../types"

/**
 * Sales figures the inventory report needs, from the analytics facts only
 * (stock and costs come from their own modules, read through Query).
 */

/**
 * Units sold per variant in [from, to] (non-canceled lines). Without a
 * region or sales channel filter this reads the per-variant rollup; with one
 * it sums the line facts, which carry those keys.
 */
export async function variantUnits(knex: Knex, filter: FactFilter): Promise<Map<string, number>> {
  const scoped = filter.region_id !== undefined || filter.sales_channel_id !== undefined
  const params: any[] = [filter.from, filter.to]
  let sql: string
  if (!scoped) {
    sql = `SELECT variant_id, sum(units)::int AS units FROM analytics_daily_variant
           WHERE deleted_at IS NULL AND day >= ? AND day <= ? AND variant_id <> ''
           GROUP BY variant_id`
  } else {
    sql = `SELECT variant_id, sum(quantity)::int AS units FROM analytics_line_fact
           WHERE deleted_at IS NULL AND NOT is_canceled AND day >= ? AND day <= ? AND variant_id <> ''`
    if (filter.region_id !== undefined) {
      sql += " AND region_id = ?"
      params.push(filter.region_id)
    }
    if (filter.sales_channel_id !== undefined) {
      sql += " AND sales_channel_id = ?"
      params.push(filter.sales_channel_id)
    }
    sql += " GROUP BY variant_id"
  }
  const { rows } = await knex.raw(sql, params)
  return new Map(rows.map((r: { variant_id: string; units: number }) => [r.variant_id, Number(r.units)]))
}

/** The last day each variant sold at least one unit (non-canceled orders, any channel). */
export async function variantLastSold(knex: Knex): Promise<Map<string, string>> {
  const { rows } = await knex.raw(
    `SELECT variant_id, max(day) AS day FROM analytics_daily_variant
     WHERE deleted_at IS NULL AND units > 0 AND variant_id <> ''
     GROUP BY variant_id`
  )
  return new Map(rows.map((r: { variant_id: string; day: string }) => [r.variant_id, r.day]))
}
