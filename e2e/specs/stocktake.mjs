// Stocktakes: start a count at the Berlin warehouse, see a malformed count
// sheet refused line by line, enter one count in the lines table, approve,
// and check in the database that exactly that line's variance reached the stock.
import { login } from "../lib/admin.mjs"

export default {
  name: "stocktake: create, CSV errors, count, approve",
  async run({ page, baseUrl, admin, artifacts, query }) {
    await login(page, baseUrl, admin)

    await page.goto(`${baseUrl}/app/stocktakes`)
    await page.getByRole("heading", { name: "Stocktakes" }).waitFor()
    await page.getByRole("button", { name: "New stocktake" }).click()
    await page.getByRole("heading", { name: "New stocktake" }).waitFor()
    await page.locator("#stocktake-location").click()
    await page.getByRole("option", { name: "Berlin Warehouse" }).click()
    await page.locator("#stocktake-name").fill("E2E count")
    await page.getByRole("button", { name: "Start counting" }).click()
    await page.getByText("Stocktake started").first().waitFor()
    await page.waitForURL((u) => /\/app\/stocktakes\/stk_/.test(u.pathname))
    const stocktakeId = new URL(page.url()).pathname.split("/").pop()
    await page.getByRole("heading", { name: "Variance" }).waitFor()
    await page.locator("table tbody tr").first().waitFor()

    const lines = await query(
      `SELECT l.id, l.sku, l.inventory_item_id, l.expected_quantity, s.location_id
         FROM stocktake_line l JOIN stocktake s ON s.id = l.stocktake_id
        WHERE l.stocktake_id = $1 AND l.deleted_at IS NULL ORDER BY l.sku ASC, l.id ASC`,
      [stocktakeId]
    )
    if (!lines.length) throw new Error("the stocktake has no lines")
    const [first] = lines

    // A malformed sheet: refused, every bad line listed, nothing saved.
    await page.getByRole("button", { name: "Upload CSV" }).click()
    await page.locator("#stocktake-csv-text").fill(`sku,counted_quantity\n${first.sku},-4\nNO-SUCH-SKU,2\n`)
    await page.getByRole("dialog").getByRole("button", { name: "Save counts" }).click()
    await page.getByText("Fix these lines and upload again").waitFor()
    await page.getByText("line 2: counted_quantity -4 is negative", { exact: true }).waitFor()
    await page.getByText('line 3: unknown sku "NO-SUCH-SKU"', { exact: true }).waitFor()
    await artifacts.screenshot("csv-errors")
    const [{ counted }] = await query(
      "SELECT COUNT(counted_quantity)::int AS counted FROM stocktake_line WHERE stocktake_id = $1",
      [stocktakeId]
    )
    if (counted !== 0) throw new Error(`a malformed sheet saved ${counted} counts`)
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click()

    // One count, three more than expected, typed into the table.
    const expected = Number(first.expected_quantity)
    await page.getByLabel(`Counted quantity of ${first.sku}`).fill(String(expected + 3))
    await page.getByText("1 unsaved count").waitFor()
    await page.getByRole("button", { name: "Save counts" }).click()
    await page.getByText("1 count saved").first().waitFor()
    await artifacts.screenshot("counted")
    const [saved] = await query("SELECT counted_quantity FROM stocktake_line WHERE id = $1", [first.id])
    if (saved?.counted_quantity !== expected + 3) throw new Error(`count saved as ${saved?.counted_quantity}`)

    // Approve (the other lines are uncounted and stay as they are).
    const levelOf = async (itemId) => {
      const [level] = await query(
        "SELECT stocked_quantity FROM inventory_level WHERE inventory_item_id = $1 AND location_id = $2 AND deleted_at IS NULL",
        [itemId, first.location_id]
      )
      return Number(level.stocked_quantity)
    }
    const before = await Promise.all(lines.map((l) => levelOf(l.inventory_item_id)))
    await page.getByRole("button", { name: "Approve", exact: true }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Approve counted lines" }).click()
    await page.getByText("Stocktake approved").first().waitFor()
    await page.getByText("Approved", { exact: true }).first().waitFor()
    await artifacts.screenshot("approved")

    const [stocktake] = await query("SELECT status, approved_at FROM stocktake WHERE id = $1", [stocktakeId])
    if (stocktake?.status !== "approved" || !stocktake.approved_at) {
      throw new Error(`stocktake is ${JSON.stringify(stocktake)}`)
    }
    const after = await Promise.all(lines.map((l) => levelOf(l.inventory_item_id)))
    if (after[0] !== before[0] + 3) throw new Error(`stock went from ${before[0]} to ${after[0]}, expected +3`)
    if (after.slice(1).some((q, i) => q !== before[i + 1])) throw new Error("uncounted lines changed the stock")
    const [applied] = await query("SELECT applied_delta FROM stocktake_line WHERE id = $1", [first.id])
    if (applied?.applied_delta !== 3) throw new Error(`applied_delta is ${applied?.applied_delta}`)
  },
}
