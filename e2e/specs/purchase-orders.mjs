// Suppliers and purchase orders: create a supplier, create a purchase order
// for it, order it (incoming stock rises), receive part of it (stock rises,
// incoming falls, status partially received). Checked in the database.
import { login } from "../lib/admin.mjs"

const levelOf = async (query, itemId, locationId) => {
  const [level] = await query(
    "SELECT stocked_quantity, incoming_quantity FROM inventory_level WHERE inventory_item_id = $1 AND location_id = $2 AND deleted_at IS NULL",
    [itemId, locationId]
  )
  return { stocked: Number(level?.stocked_quantity ?? 0), incoming: Number(level?.incoming_quantity ?? 0) }
}

export default {
  name: "purchasing: supplier, purchase order, order, partial receipt",
  async run({ page, baseUrl, admin, artifacts, query }) {
    await login(page, baseUrl, admin)
    await page.waitForURL((u) => !u.pathname.startsWith("/app/login"))

    // Suppliers: create one in the drawer.
    const name = `E2E Supplier ${Date.now().toString(36)}`
    await page.goto(`${baseUrl}/app/suppliers`)
    await page.getByRole("heading", { name: "Suppliers" }).waitFor()
    await page.getByRole("button", { name: "Create supplier" }).click()
    await page.locator("#supplier-name").fill(name)
    await page.locator("#supplier-lead_time_days").fill("10")
    await page.getByRole("button", { name: "Create", exact: true }).click()
    await page.getByText("Supplier created").first().waitFor()
    await page.getByText(name).first().waitFor()
    await artifacts.screenshot("suppliers")
    const [supplier] = await query("SELECT id, lead_time_days, currency_code FROM supplier WHERE name = $1", [name])
    if (!supplier || supplier.lead_time_days !== 10 || supplier.currency_code !== "eur")
      throw new Error(`supplier not saved as entered: ${JSON.stringify(supplier)}`)

    // Purchase orders: a draft with one line.
    await page.goto(`${baseUrl}/app/purchase-orders`)
    await page.getByRole("heading", { name: "Purchase orders" }).waitFor()
    await page.getByRole("button", { name: "Create purchase order" }).click()
    await page.getByRole("heading", { name: "Create a purchase order" }).waitFor()
    await page.locator("#po-supplier").click()
    await page.getByRole("option", { name: new RegExp(name) }).click()
    await page.locator("#po-location").click()
    await page.getByRole("option").first().click()
    await page.getByRole("combobox", { name: "Item 1", exact: true }).click()
    await page.getByRole("option").first().click()
    await page.getByLabel("Quantity").fill("10")
    await page.getByLabel("Unit cost").fill("2.50")
    await page.getByRole("button", { name: "Create draft" }).click()
    await page.getByText("Purchase order created").first().waitFor()
    await page.getByRole("button", { name: "Order", exact: true }).waitFor()
    const poId = new URL(page.url()).pathname.split("/").pop()
    const [line] = await query(
      "SELECT l.inventory_item_id, l.unit_cost, po.location_id, po.status FROM purchase_order po JOIN purchase_order_line l ON l.purchase_order_id = po.id WHERE po.id = $1",
      [poId]
    )
    if (!line || line.status !== "draft" || Number(line.unit_cost) !== 2.5)
      throw new Error(`draft not saved as entered: ${JSON.stringify(line)}`)
    const before = await levelOf(query, line.inventory_item_id, line.location_id)

    // Order it: the quantity becomes incoming stock.
    await page.getByRole("button", { name: "Order", exact: true }).click()
    await page.getByText("Ordered").first().waitFor()
    await page.getByRole("button", { name: "Receive", exact: true }).waitFor()
    const ordered = await levelOf(query, line.inventory_item_id, line.location_id)
    if (ordered.incoming !== before.incoming + 10 || ordered.stocked !== before.stocked)
      throw new Error(`ordering moved ${JSON.stringify(before)} -> ${JSON.stringify(ordered)}`)

    // Receive 4 of 10.
    await page.getByRole("button", { name: "Receive", exact: true }).click()
    const drawer = page.getByRole("dialog")
    await drawer.locator("input[id^='receive-']").first().fill("4")
    await drawer.getByRole("button", { name: "Receive", exact: true }).click()
    await page.getByText("Delivery received").first().waitFor()
    await page.getByText("Partially received").first().waitFor()
    await artifacts.screenshot("purchase-order-received")
    const received = await levelOf(query, line.inventory_item_id, line.location_id)
    if (received.stocked !== before.stocked + 4 || received.incoming !== before.incoming + 6)
      throw new Error(`receiving moved ${JSON.stringify(ordered)} -> ${JSON.stringify(received)}`)
    const [po] = await query(
      "SELECT po.status, l.quantity_received, (SELECT count(*) FROM purchase_order_receipt r WHERE r.purchase_order_id = po.id) AS receipts FROM purchase_order po JOIN purchase_order_line l ON l.purchase_order_id = po.id WHERE po.id = $1",
      [poId]
    )
    if (po?.status !== "partially_received" || po.quantity_received !== 4 || Number(po.receipts) !== 1)
      throw new Error(`order after receipt: ${JSON.stringify(po)}`)
  },
}
