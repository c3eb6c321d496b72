// Login, the orders list with the seeded orders, the products list and one product.
import { login, tableRows } from "../lib/admin.mjs"

export default {
  name: "admin basics: login, orders, products",
  async run({ page, baseUrl, admin, artifacts, query }) {
    await login(page, baseUrl, admin, { onForm: () => artifacts.screenshot("login") })

    // Medusa's admin lands on the orders list, newest first.
    await page.waitForURL(/\/app\/orders/)
    const orderRows = await tableRows(page)
    const orders = await query(
      `SELECT display_id FROM "order" WHERE deleted_at IS NULL AND is_draft_order = false ORDER BY created_at DESC`
    )
    if (!orders.length) throw new Error("the seed created no orders")
    await orderRows
      .filter({ hasText: `#${orders[0].display_id}` })
      .first()
      .waitFor()
    await page.getByText(`of ${orders.length} results`).waitFor()
    await artifacts.screenshot("orders")

    await page.goto(`${baseUrl}/app/products`)
    const productRows = await tableRows(page)
    await artifacts.screenshot("products")
    const title = (await productRows.first().locator("td").first().innerText()).trim()
    await productRows.first().click()
    await page.waitForURL(/\/app\/products\/prod_/)
    await page.getByRole("heading", { name: title }).first().waitFor()
    await artifacts.screenshot("product")
  },
}
