// Customer privacy: a customer registers through the store API and gives
// marketing consent (not personalisation); their admin page shows the flags as
// the customer set them in the privacy widget, and the value widget has no
// orders. "Export data" downloads their JSON (their e-mail and consent in it),
// logs a completed export request by the admin (privacy_request, audit log) and
// lists it in the widget.
import fs from "node:fs"
import { login } from "../lib/admin.mjs"

/** A store API call with the store's publishable key (and a customer token when given). */
async function store(baseUrl, key, path, { token, body } = {}) {
  const res = await fetch(`${baseUrl}${path}`, {
    method: body ? "POST" : "GET",
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": key,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${body ? "POST" : "GET"} ${path}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

export default {
  name: "customer privacy: consent given in the store shows, export downloads and is logged, customer value",
  async run({ page, baseUrl, admin, artifacts, query }) {
    // A registered customer who gives marketing consent, through the store routes.
    const [key] = await query(
      `SELECT k.token FROM api_key k
         JOIN publishable_api_key_sales_channel l ON l.publishable_key_id = k.id AND l.deleted_at IS NULL
        WHERE k.type = 'publishable' AND k.revoked_at IS NULL AND k.deleted_at IS NULL
        ORDER BY k.created_at LIMIT 1`
    )
    if (!key) throw new Error("no publishable API key with a sales channel")
    const email = `e2e-privacy-${Date.now().toString(36)}@example.com`
    const password = `pw-${Math.random().toString(36).slice(2)}`
    const { token: registration } = await store(baseUrl, key.token, "/auth/customer/emailpass/register", {
      body: { email, password },
    })
    const { customer } = await store(baseUrl, key.token, "/store/customers", {
      token: registration,
      body: { email, first_name: "Erin", last_name: "Privacy" },
    })
    const { token } = await store(baseUrl, key.token, "/auth/customer/emailpass", { body: { email, password } })
    await store(baseUrl, key.token, "/store/customers/me/consent", { token, body: { marketing_email: true } })

    await login(page, baseUrl, admin)
    await page.waitForURL((u) => !u.pathname.startsWith("/app/login"))
    await page.goto(`${baseUrl}/app/customers/${customer.id}`)
    const widget = page.getByTestId("customer-privacy")
    await widget.getByRole("heading", { name: "Privacy" }).waitFor()
    const flag = (label) => widget.locator("div.flex.items-center.justify-between", { hasText: label })
    await flag("Marketing e-mail").getByText("Given", { exact: true }).waitFor()
    await flag("Personalisation").getByText("Not given", { exact: true }).waitFor()
    await widget.getByText(/^Set by customer on /).waitFor()
    const [consent] = await query(
      "SELECT marketing_email, personalisation, source FROM customer_consent WHERE customer_id = $1 AND deleted_at IS NULL",
      [customer.id]
    )
    if (!consent?.marketing_email || consent.personalisation || consent.source !== "customer") {
      throw new Error(`the consent row is ${JSON.stringify(consent)}, expected marketing only, set by the customer`)
    }
    await widget.getByText("Nothing recorded.").waitFor()

    // The value widget: a new customer without orders.
    const value = page.getByTestId("customer-analytics")
    await value.getByRole("heading", { name: "Customer value" }).waitFor()
    const [{ orders }] = await query(`SELECT count(*)::int AS orders FROM "order" WHERE customer_id = $1`, [
      customer.id,
    ])
    if (orders !== 0) throw new Error(`the new customer has ${orders} orders`)
    await value.getByText("No orders yet.").waitFor()
    await artifacts.screenshot("customer")

    // Export: a JSON download with the customer's data, a completed request by this admin, an audit entry.
    const download = page.waitForEvent("download")
    await widget.getByRole("button", { name: "Export data" }).click()
    const file = await download
    if (file.suggestedFilename() !== `customer-data-${customer.id}.json`) {
      throw new Error(`the export downloads as ${file.suggestedFilename()}`)
    }
    const exported = JSON.parse(fs.readFileSync(await file.path(), "utf8"))
    const text = JSON.stringify(exported)
    if (!text.includes(email)) throw new Error("the exported JSON does not hold the customer's e-mail")
    if (!text.includes('"marketing_email":true')) throw new Error("the exported JSON does not hold the consent given")

    const [user] = await query('SELECT id FROM "user" WHERE email = $1', [admin.email])
    const requests = await query(
      `SELECT type, status, requested_by_type, requested_by_id FROM privacy_request
        WHERE customer_id = $1 AND deleted_at IS NULL`,
      [customer.id]
    )
    const [request] = requests
    if (
      requests.length !== 1 ||
      request.type !== "export" ||
      request.status !== "completed" ||
      request.requested_by_type !== "admin" ||
      request.requested_by_id !== user.id
    ) {
      throw new Error(`privacy requests are ${JSON.stringify(requests)}, expected one completed export by ${user.id}`)
    }
    await widget.getByText("Privacy requests").waitFor()
    await widget.getByText(/^export by admin on .* — completed$/).waitFor()
    // The audit entry is written once the response is sent: give it a moment.
    let audit = []
    for (let tries = 0; tries < 20 && !audit.length; tries++) {
      if (tries) await new Promise((resolve) => setTimeout(resolve, 250))
      audit = await query("SELECT actor_id FROM audit_log_entry WHERE path = $1 AND method = 'POST'", [
        `/admin/customers/${customer.id}/export`,
      ])
    }
    if (audit.length !== 1 || audit[0].actor_id !== user.id) {
      throw new Error(`audit entries of the export: ${JSON.stringify(audit)}, expected one by ${user.id}`)
    }
    await artifacts.screenshot("exported")
  },
}
