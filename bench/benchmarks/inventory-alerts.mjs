// Inventory alerts: a bulk stock update of 10,000 inventory levels (in --quick
// mode too) through Medusa's own batch route, half of them crossing their
// low-stock threshold. Figure: time from the last update response until every
// crossing has its alert (target < 5 s), checked to be exactly one per crossing.
// Baseline: the bulk update itself, in the same run.
import { timed } from "../lib/http.mjs"

const CHUNK = 500
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

export default {
  name: "inventory-alerts",
  description: "bulk update of 10,000 levels, half crossing: all alerts raised after the update vs the update itself",
  async run(ctx) {
    // The size in both modes: the update is a few seconds per thousand levels.
    const count = 10000
    const run = Date.now().toString(36)
    const prefix = `iitem_bench_${run}_`
    const { settings } = await ctx.request("/admin/inventory-alerts/settings")
    const [location] = await ctx.query("SELECT id FROM stock_location WHERE deleted_at IS NULL ORDER BY id LIMIT 1")

    // Items and levels shaped as the Inventory Module writes them, 20 units each,
    // with the ledger's baseline, so the update below is the only change.
    await ctx.query(
      `INSERT INTO inventory_item (id, sku, title, requires_shipping, created_at, updated_at)
       SELECT $1 || g, 'BENCH-' || $2 || '-' || g, 'Bench item ' || g, true, now(), now() FROM generate_series(1, $3) g`,
      [prefix, run, count]
    )
    await ctx.query(
      `INSERT INTO inventory_level (id, inventory_item_id, location_id, stocked_quantity, raw_stocked_quantity,
         reserved_quantity, raw_reserved_quantity, incoming_quantity, raw_incoming_quantity, created_at, updated_at)
       SELECT 'ilev_bench_' || $2 || '_' || g, $1 || g, $3, 20, '{"value":"20","precision":20}',
         0, '{"value":"0","precision":20}', 0, '{"value":"0","precision":20}', now(), now()
       FROM generate_series(1, $4) g`,
      [prefix, run, location.id, count]
    )
    await ctx.query(
      `INSERT INTO stock_level_snapshot (id, inventory_item_id, location_id, stocked_quantity, raw_stocked_quantity, created_at, updated_at)
       SELECT 'islv_bench_' || $2 || '_' || g, $1 || g, $3, 20, '{"value":"20","precision":20}', now(), now()
       FROM generate_series(1, $4) g`,
      [prefix, run, location.id, count]
    )

    const threshold = settings.default_threshold
    const updates = Array.from({ length: count }, (_, i) => ({
      inventory_item_id: `${prefix}${i + 1}`,
      location_id: location.id,
      // Every second level drops to the threshold (a crossing), the others stay above it.
      stocked_quantity: i % 2 === 0 ? threshold : threshold + 10,
    }))
    const alerts = async () =>
      Number(
        (
          await ctx.query(
            "SELECT count(*)::int AS n FROM inventory_alert WHERE inventory_item_id LIKE $1 AND recovered_at IS NULL",
            [`${prefix}%`]
          )
        )[0].n
      )

    const [, updateMs] = await timed(async () => {
      for (let i = 0; i < updates.length; i += CHUNK) {
        await ctx.request("/admin/inventory-items/location-levels/batch", {
          body: { update: updates.slice(i, i + CHUNK) },
        })
      }
    })
    const expected = count / 2
    const finished = performance.now()
    let raised = 0
    while (performance.now() - finished < 120_000) {
      raised = await alerts()
      if (raised >= expected) break
      await sleep(25)
    }
    const alertsMs = performance.now() - finished
    // Let stragglers land, then check that nothing was raised twice.
    await sleep(2000)
    const final = await alerts()
    const [{ n: ledger }] = await ctx.query(
      "SELECT count(*)::int AS n FROM stock_ledger_entry WHERE inventory_item_id LIKE $1",
      [`${prefix}%`]
    )
    if (final !== expected) throw new Error(`expected ${expected} alerts (one per crossing), found ${final}`)
    return [
      {
        metric: `alerts after a ${count / 1000}k-level bulk update`,
        figure: alertsMs / 1000,
        baseline: updateMs / 1000,
        unit: "s",
        notes: `${final} alerts for ${expected} crossings, ${ledger} ledger rows for ${count} changed levels (target < 5 s after the update); baseline: the update itself through POST /admin/inventory-items/location-levels/batch in chunks of ${CHUNK}`,
      },
    ]
  },
}
