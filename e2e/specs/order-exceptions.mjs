// Order exceptions: a "not fulfilled" case raised through the real path (the
// threshold set to 0 days in the settings, then an admin edit of an unfulfilled
// order emits order.updated, whose subscriber syncs the order's cases); the inbox
// lists it, the case drawer moves it to "In progress" with a comment (status and
// log checked in the DB); the order's page shows the case in the exceptions
// widget, the edit in the timeline widget, and the loyalty widget.
import { login } from "../lib/admin.mjs"

/** Run `probe` until it returns a truthy value (cases are raised by a subscriber). */
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
  name: "order exceptions: case raised by an order edit, moved to in progress with a comment, order widgets",
  async run({ page, baseUrl, admin, artifacts, query }) {
    await login(page, baseUrl, admin)
    await page.waitForURL((u) => !u.pathname.startsWith("/app/login"))

    // A live order with units still to fulfil and no active "not fulfilled" case; a registered customer's
    // first, so the loyalty widget renders too.
    const [order] = await query(
      `SELECT o.id, o.display_id, c.has_account FROM "order" o
         LEFT JOIN customer c ON c.id = o.customer_id
        WHERE o.deleted_at IS NULL AND o.is_draft_order = false AND o.status NOT IN ('canceled', 'draft', 'completed', 'archived')
          AND EXISTS (SELECT 1 FROM order_item oi WHERE oi.order_id = o.id AND oi.version = o.version
                       AND oi.deleted_at IS NULL AND oi.fulfilled_quantity < oi.quantity)
          AND NOT EXISTS (SELECT 1 FROM order_exception_case x WHERE x.order_id = o.id AND x.type = 'not_fulfilled'
                           AND x.status IN ('open', 'in_progress') AND x.deleted_at IS NULL)
        ORDER BY c.has_account DESC NULLS LAST, o.created_at DESC LIMIT 1`
    )
    if (!order) throw new Error("the seed has no live, unfulfilled order without a 'not fulfilled' case")

    // Every unfulfilled order is late from now on; the settings route is the admin's own.
    const settings = await page.request.post(`${baseUrl}/admin/order-exceptions/settings`, {
      data: { unfulfilled_days: 0 },
    })
    if (!settings.ok())
      throw new Error(`POST /admin/order-exceptions/settings: ${settings.status()} ${await settings.text()}`)
    const edited = await page.request.post(`${baseUrl}/admin/orders/${order.id}`, {
      data: { metadata: { e2e_touched: new Date().toISOString() } },
    })
    if (!edited.ok()) throw new Error(`POST /admin/orders/${order.id}: ${edited.status()} ${await edited.text()}`)
    const raised = await poll(
      async () =>
        (
          await query(
            `SELECT id, status, summary FROM order_exception_case
              WHERE order_id = $1 AND type = 'not_fulfilled' AND status = 'open' AND deleted_at IS NULL`,
            [order.id]
          )
        )[0],
      { what: "the 'not fulfilled' case of the edited order" }
    )

    // The inbox (open and in-progress cases by default) lists the case; its drawer opens on a click.
    await page.goto(`${baseUrl}/app/order-exceptions`)
    await page.getByRole("heading", { name: "Order exceptions" }).waitFor()
    const row = page.locator("table tbody tr").filter({ hasText: raised.summary }).first()
    await row.waitFor()
    await row.getByText(new RegExp(`^#${order.display_id} · `)).waitFor()
    await row.getByText("Not fulfilled", { exact: false }).first().waitFor()
    await row.getByText("Open", { exact: true }).waitFor()
    await artifacts.screenshot("inbox")
    await row.getByText(raised.summary).click()
    await page.waitForURL((u) => u.searchParams.get("case") === raised.id)
    const drawer = page.getByRole("dialog")
    await drawer.getByRole("heading", { name: raised.summary }).waitFor()
    // The detail answers occurrence rows where the list has a count: the drawer shows how many there are.
    const [{ seen }] = await query(
      "SELECT count(*)::int AS seen FROM order_exception_occurrence WHERE case_id = $1 AND deleted_at IS NULL",
      [raised.id]
    )
    await drawer.getByText(new RegExp(`· seen ${seen}×`)).waitFor()

    // Move it to "In progress" with a comment: the toast, the badge, the log, the row.
    const comment = `E2E picked up ${Date.now().toString(36)}`
    await drawer.getByPlaceholder("Comment for the status change (optional)").fill(comment)
    await drawer.getByRole("button", { name: "In progress", exact: true }).click()
    await page.getByText("Case in progress").first().waitFor()
    await drawer.getByText(comment).waitFor()
    // From "In progress" the case can go back to open, be resolved or dismissed; not to where it is.
    await drawer.getByRole("button", { name: "Resolved", exact: true }).waitFor()
    if (await drawer.getByRole("button", { name: "In progress", exact: true }).count()) {
      throw new Error("the drawer still offers to move the case to In progress")
    }
    const [after] = await query("SELECT status FROM order_exception_case WHERE id = $1", [raised.id])
    if (after?.status !== "in_progress") throw new Error(`case ${raised.id} is ${after?.status}, expected in_progress`)
    const [user] = await query('SELECT id FROM "user" WHERE email = $1', [admin.email])
    const notes = await query(
      "SELECT kind, author, body FROM order_exception_note WHERE case_id = $1 AND body LIKE $2 AND deleted_at IS NULL",
      [raised.id, `%${comment}%`]
    )
    if (notes.length !== 1 || notes[0].author !== user.id) {
      throw new Error(`the case log has ${JSON.stringify(notes)} for the comment, expected one entry by ${user.id}`)
    }
    await artifacts.screenshot("case-in-progress")
    await page.keyboard.press("Escape")
    await row.getByText("In progress", { exact: true }).waitFor()

    // The order's page: the case in the exceptions widget, the edit in the timeline, the loyalty widget.
    await page.goto(`${baseUrl}/app/orders/${order.id}`)
    const exceptionsHeading = page.getByRole("heading", { name: "Exceptions", exact: true })
    await exceptionsHeading.waitFor()
    // The widget's container: the heading sits in its header row.
    const exceptions = exceptionsHeading.locator("xpath=../..")
    await exceptions.getByRole("link", { name: raised.summary }).waitFor()
    const [{ open }] = await query(
      `SELECT count(*)::int AS open FROM order_exception_case
        WHERE order_id = $1 AND status IN ('open', 'in_progress') AND deleted_at IS NULL`,
      [order.id]
    )
    await exceptions.getByText(`${open} open`, { exact: true }).waitFor()
    await exceptions.getByText("Fraud score").waitFor()

    const timeline = page.getByTestId("order-timeline")
    await timeline.getByRole("heading", { name: "Timeline" }).waitFor()
    await poll(
      async () =>
        (await query(`SELECT 1 FROM order_timeline_entry WHERE order_id = $1 AND kind = 'order.updated'`, [order.id]))
          .length,
      { what: "the order.updated timeline entry" }
    )
    const updatedEntry = timeline.locator('[data-testid="order-timeline-entry"][data-kind="order.updated"]').first()
    // The widget loaded before the subscriber may have written the entry: refresh until it shows.
    await poll(
      async () => {
        if (await updatedEntry.count()) return true
        await timeline.getByRole("button", { name: "Refresh" }).click()
        return false
      },
      { interval: 1_000, what: "the edit in the timeline widget" }
    )
    await updatedEntry.getByText("Order details updated").waitFor()
    if (order.has_account) {
      await page.getByRole("heading", { name: "Loyalty points", exact: true }).waitFor()
    }
    await artifacts.screenshot("order-page")
  },
}
