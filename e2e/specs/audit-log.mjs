// Settings → Audit log: an admin change made through the API shows up in the
// log page with the admin who made it.
import { login } from "../lib/admin.mjs"

export default {
  name: "audit log: a threshold change is listed with its admin",
  async run({ page, baseUrl, admin, artifacts, query }) {
    await login(page, baseUrl, admin)
    const [item] = await query("SELECT id FROM inventory_item WHERE deleted_at IS NULL ORDER BY id LIMIT 1")
    const threshold = 40 + Math.floor(Math.random() * 50)
    // The change is made from the logged-in admin session, as the admin UI makes it.
    const status = await page.evaluate(
      async ({ itemId, threshold }) => {
        const res = await fetch("/admin/inventory-thresholds", {
          method: "POST",
          credentials: "include",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ inventory_item_id: itemId, threshold }),
        })
        return res.status
      },
      { itemId: item.id, threshold }
    )
    if (status !== 200) throw new Error(`threshold change answered ${status}`)

    await page.goto(`${baseUrl}/app/settings/audit-log`)
    await page.getByRole("heading", { name: "Audit log" }).waitFor()
    const row = page.locator("table tbody tr", { hasText: "/admin/inventory-thresholds" }).first()
    await row.waitFor()
    await row.getByText(`"threshold":${threshold}`).waitFor()
    const [{ actor_id }] = await query(
      "SELECT actor_id FROM audit_log_entry WHERE route = '/admin/inventory-thresholds' ORDER BY created_at DESC LIMIT 1"
    )
    const [user] = await query('SELECT id FROM "user" WHERE email = $1', [admin.email])
    if (actor_id !== user.id) throw new Error(`audit entry names ${actor_id}, not the admin ${user.id}`)
    await row.getByText(user.id).waitFor()
    await artifacts.screenshot("audit-log")
  },
}
