// Customer notifications: the "Order shipped" template's subject edited in the
// editor; an unknown variable is refused with its reason (nothing written), a
// valid subject is saved (DB row and its author), survives a reload, and the
// preview renders it with a seeded order.
import { login, waitForValue } from "../lib/admin.mjs"

export default {
  name: "notification templates: subject edit refused, saved, persisted, previewed with an order",
  async run({ page, baseUrl, admin, artifacts, query }) {
    await login(page, baseUrl, admin)
    await page.waitForURL((u) => !u.pathname.startsWith("/app/login"))

    await page.goto(`${baseUrl}/app/notification-templates`)
    await page.getByRole("heading", { name: "Customer notifications" }).waitFor()
    const templates = page.getByRole("listbox", { name: "Templates" })
    await templates.getByRole("option").first().waitFor()
    const editor = page.getByTestId("notification-template-editor")
    await templates.getByRole("option", { name: /Order shipped/ }).click()
    await editor.getByRole("heading", { name: "Order shipped" }).waitFor()
    const subject = editor.locator("#template-subject")
    const [stored] = await query(
      "SELECT subject FROM notification_template WHERE key = 'order_shipped' AND deleted_at IS NULL"
    )
    if (!stored) throw new Error("the page listed the templates but no order_shipped row exists")
    if ((await subject.inputValue()) !== stored.subject) {
      throw new Error(`the editor shows "${await subject.inputValue()}", the row "${stored.subject}"`)
    }

    // An unknown variable: the API's reason is shown and nothing is written.
    await subject.fill("Shipped {{no_such_variable}}")
    await editor.getByRole("button", { name: "Save", exact: true }).click()
    await editor
      .getByTestId("template-problem")
      .getByText(/unknown variable "no_such_variable"/)
      .waitFor()
    const [unchanged] = await query("SELECT subject FROM notification_template WHERE key = 'order_shipped'")
    if (unchanged.subject !== stored.subject) throw new Error(`a refused subject was written: "${unchanged.subject}"`)

    // A valid subject with a variable: saved, by the logged-in admin.
    const tag = Date.now().toString(36)
    const wanted = `Order #{{order_display_id}} is on its way (e2e ${tag})`
    await subject.fill(wanted)
    await editor.getByRole("button", { name: "Save", exact: true }).click()
    await page.getByText("Template saved").first().waitFor()
    if (await editor.getByTestId("template-problem").count()) throw new Error("the problem stayed after a good save")
    const [saved] = await query("SELECT subject, updated_by FROM notification_template WHERE key = 'order_shipped'")
    const [user] = await query('SELECT id FROM "user" WHERE email = $1', [admin.email])
    if (saved.subject !== wanted) throw new Error(`the row's subject is "${saved.subject}", expected "${wanted}"`)
    if (saved.updated_by !== user.id) throw new Error(`the row was updated by ${saved.updated_by}, not ${user.id}`)

    // After a reload the editor shows the stored subject, and Save is disabled (nothing changed).
    await page.reload()
    await templates.getByRole("option", { name: /Order shipped/ }).click()
    await editor.getByRole("heading", { name: "Order shipped" }).waitFor()
    await waitForValue(page.locator("#template-subject"), wanted)
    if (!(await editor.getByRole("button", { name: "Save", exact: true }).isDisabled())) {
      throw new Error("Save is enabled right after loading the saved template")
    }

    // The preview renders it with a real order's display id.
    const [order] = await query(
      `SELECT id, display_id FROM "order" WHERE deleted_at IS NULL AND is_draft_order = false ORDER BY created_at DESC LIMIT 1`
    )
    await editor.locator("#preview-order").fill(order.id)
    await editor.getByRole("button", { name: "Preview", exact: true }).click()
    const preview = editor.getByTestId("template-preview")
    await preview.getByText(`Rendered with order ${order.id}`).waitFor()
    await preview.getByText(`Order #${order.display_id} is on its way (e2e ${tag})`, { exact: true }).waitFor()
    await artifacts.screenshot("order-shipped")
  },
}
