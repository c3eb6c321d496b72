// Inventory cockpit: on an inventory item, set a threshold above its available
// stock and adjust stock with a note (threshold row, ledger entry), then see the
// alert raised for it on /app/inventory-alerts and acknowledge it; the stock
// ledger tab; settings (validation, save); a purchase order from a suggestion.
import { login, tableRows } from "../lib/admin.mjs"

/** Run `probe` until it returns a truthy value (stock changes are processed by subscribers). */
async function poll(probe, { timeout = 30_000, interval = 500, what = "condition" } = {}) {
  const deadline = Date.now() + timeout
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, interval))
  }
}

export default {
  name: "inventory alerts: threshold, stock adjustment, ledger, alert acknowledged, settings, purchase order",
  async run({ page, baseUrl, admin, artifacts, query }) {
    await login(page, baseUrl, admin)
    await page.waitForURL((u) => !u.pathname.startsWith("/app/login"))

    // The first inventory item, with its stock control widget.
    await page.goto(`${baseUrl}/app/inventory`)
    const rows = await tableRows(page)
    await rows.first().click()
    await page.waitForURL(/\/app\/inventory\/iitem_/)
    await page.getByRole("heading", { name: "Stock control" }).waitFor()
    const itemId = new URL(page.url()).pathname.split("/").pop()
    const [item] = await query("SELECT sku, title FROM inventory_item WHERE id = $1", [itemId])
    const [stock] = await query(
      `SELECT COALESCE(SUM(stocked_quantity - reserved_quantity), 0) AS available, COUNT(*) AS levels
         FROM inventory_level WHERE inventory_item_id = $1 AND deleted_at IS NULL`,
      [itemId]
    )
    if (!Number(stock.levels)) throw new Error(`inventory item ${itemId} has no stock level to adjust`)
    const available = Number(stock.available)

    // An item-level ("All locations") threshold above what is available.
    const threshold = Math.max(0, available) + 10
    await page.locator("#threshold-all").fill(String(threshold))
    await page.getByRole("button", { name: "Save threshold for All locations" }).click()
    await page.getByText("Threshold saved").first().waitFor()
    const [saved] = await query(
      `SELECT threshold FROM inventory_threshold
        WHERE inventory_item_id = $1 AND location_id IS NULL AND deleted_at IS NULL`,
      [itemId]
    )
    if (Number(saved?.threshold) !== threshold) {
      throw new Error(`threshold row is ${JSON.stringify(saved)}, expected ${threshold}`)
    }

    // Adjust stock with a reason: refused without a note, then booked.
    const note = `E2E recount ${Date.now().toString(36)}`
    await page.getByRole("button", { name: "Adjust stock" }).click()
    await page.getByRole("heading", { name: "Adjust stock" }).waitFor()
    await page.locator("#stock-adjust-quantity").fill("2")
    await page.getByRole("button", { name: "Save adjustment" }).click()
    await page.getByText("A note of at least 3 characters is required").waitFor()
    await page.locator("#stock-adjust-note").fill(note)
    await page.getByRole("button", { name: "Save adjustment" }).click()
    await page.getByText("Stock adjusted").first().waitFor()

    // The ledger entry is written by a subscriber: poll for it, then see it in the widget.
    const entry = await poll(
      async () =>
        (
          await query(
            `SELECT reason, delta, note FROM stock_ledger_entry
              WHERE inventory_item_id = $1 AND note = $2 AND deleted_at IS NULL`,
            [itemId, note]
          )
        )[0],
      { what: "the stock ledger entry" }
    )
    if (entry.reason !== "manual" || Number(entry.delta) !== 2) {
      throw new Error(`ledger entry is ${JSON.stringify(entry)}, expected reason manual and delta 2`)
    }
    await page.getByText(note).first().waitFor({ timeout: 30_000 })
    await artifacts.screenshot("item-stock-control")

    // The alert for the item (summed over all locations) is raised asynchronously too.
    const alert = await poll(
      async () =>
        (
          await query(
            `SELECT id, status FROM inventory_alert
              WHERE inventory_item_id = $1 AND scope_key = '*' AND recovered_at IS NULL AND deleted_at IS NULL`,
            [itemId]
          )
        )[0],
      { what: "an inventory alert for the item" }
    )
    if (alert.status !== "open") throw new Error(`alert ${alert.id} is ${alert.status}, expected open`)

    await page.goto(`${baseUrl}/app/inventory-alerts`)
    await page.getByRole("heading", { name: "Inventory alerts" }).waitFor()
    await page.getByPlaceholder("Search SKU or title").fill(item.sku || item.title)
    // The search is debounced: wait for its result before selecting.
    await page.getByText(/of 1 results?$/).waitFor()
    const alertRow = page
      .locator("table tbody tr")
      .filter({ hasText: item.sku || item.title })
      .first()
    await alertRow.filter({ hasText: "Open" }).waitFor()
    await alertRow.getByText("All locations").waitFor()
    await artifacts.screenshot("alerts")
    await alertRow.getByRole("checkbox").click()
    await page.keyboard.press("a")
    await page.getByText("1 alert acknowledged").first().waitFor()
    await alertRow.filter({ hasText: "Acknowledged" }).waitFor()
    await artifacts.screenshot("alerts-acknowledged")
    const [acknowledged] = await query("SELECT status, acknowledged_at FROM inventory_alert WHERE id = $1", [alert.id])
    if (acknowledged?.status !== "acknowledged" || !acknowledged.acknowledged_at) {
      throw new Error(`alert is ${JSON.stringify(acknowledged)} after acknowledging`)
    }

    // The stock ledger tab shows the adjustment.
    await page.getByRole("tab", { name: "Stock ledger" }).click()
    await page.locator("table tbody tr").filter({ hasText: note }).first().waitFor()
    await artifacts.screenshot("stock-ledger")

    // Settings: an invalid webhook is refused in the form, then the default threshold and webhook are saved.
    await page.getByRole("button", { name: "Settings" }).click()
    await page.getByRole("heading", { name: "Inventory settings" }).waitFor()
    await page.locator("#settings-default_threshold").fill("7")
    await page.locator("#settings-webhook_url").fill("not a url")
    await page.getByRole("button", { name: "Save settings" }).click()
    await page.getByText("Enter an http(s) URL, or leave it empty").waitFor()
    await page.locator("#settings-webhook_url").fill("https://hooks.example.com/e2e")
    await page.getByRole("button", { name: "Save settings" }).click()
    await page.getByText("Inventory settings saved").first().waitFor()
    const [settings] = await query(
      "SELECT default_threshold, webhook_url FROM inventory_alert_setting WHERE deleted_at IS NULL"
    )
    if (Number(settings?.default_threshold) !== 7 || settings.webhook_url !== "https://hooks.example.com/e2e") {
      throw new Error(`settings not saved as entered: ${JSON.stringify(settings)}`)
    }

    // A supplier for the item (through the purchasing API), so a suggestion can become a purchase order.
    const created = await page.request.post(`${baseUrl}/admin/suppliers`, {
      data: { name: "E2E Supplies", currency_code: "eur", lead_time_days: 5, minimum_order_quantity: 1 },
    })
    if (!created.ok()) throw new Error(`POST /admin/suppliers: ${created.status()} ${await created.text()}`)
    const { supplier } = await created.json()
    const linked = await page.request.post(`${baseUrl}/admin/suppliers/${supplier.id}/items`, {
      data: [{ inventory_item_id: itemId, cost_price: 4.5, is_preferred: true }],
    })
    if (!linked.ok()) throw new Error(`POST /admin/suppliers/:id/items: ${linked.status()} ${await linked.text()}`)

    // Replenishment: every item of the first location, not only those to reorder; order 6 of the item.
    await page.goto(`${baseUrl}/app/replenishment`)
    await page.getByRole("heading", { name: "Replenishment" }).waitFor()
    await page.locator("#replenishment-needs-reorder").click()
    await tableRows(page)
    await page.locator("table thead").getByText("Order qty").waitFor()
    const label = item.sku || item.title || itemId
    const suggestionRow = page.locator("table tbody tr").filter({ hasText: "E2E Supplies" }).first()
    await suggestionRow.waitFor()
    await suggestionRow.getByLabel(`Order quantity for ${label}`).fill("6")
    await suggestionRow.getByText(/€\s?27(\.|,)00|27(\.|,)00\s?€/).waitFor()
    await artifacts.screenshot("replenishment")
    await suggestionRow.getByRole("checkbox").click()
    await page.keyboard.press("p")
    await page.getByText("1 purchase order created").first().waitFor()
    await page.waitForURL(/\/app\/purchase-orders\/po_/)
    const poId = new URL(page.url()).pathname.split("/").pop()
    const lines = await query(
      `SELECT l.inventory_item_id, l.quantity_ordered, o.supplier_id FROM purchase_order_line l
         JOIN purchase_order o ON o.id = l.purchase_order_id WHERE o.id = $1 AND l.deleted_at IS NULL`,
      [poId]
    )
    if (
      lines.length !== 1 ||
      lines[0].inventory_item_id !== itemId ||
      Number(lines[0].quantity_ordered) !== 6 ||
      lines[0].supplier_id !== supplier.id
    ) {
      throw new Error(`purchase order ${poId} has lines ${JSON.stringify(lines)}`)
    }
    await artifacts.screenshot("purchase-order")
  },
}
