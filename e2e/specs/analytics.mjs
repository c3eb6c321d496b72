// Analytics: the orders-list KPI widget, the Analytics page's KPI cards (figures
// equal to the report API's, change on the previous period), a granularity
// switch, the CSV download (file name and header), the products tab, and the
// customer value widget on a customer page.
import fs from "node:fs"
import { login } from "../lib/admin.mjs"

/**
 * The next request of a report the page makes (optionally with given query parameters), then the
 * API's answer to that same URL, fetched with the page's session. Reading the request rather than
 * its response survives the page navigating away mid-flight.
 */
function reportRequest(page, report, match = {}) {
  const pending = page
    .waitForRequest((req) => {
      const url = new URL(req.url())
      if (url.pathname !== `/admin/reports/${report}` || req.method() !== "GET") return false
      return Object.entries(match).every(([key, value]) => url.searchParams.get(key) === value)
    })
    .then(async (req) => {
      const url = new URL(req.url())
      const res = await page.request.get(url.toString())
      if (!res.ok()) throw new Error(`GET ${url}: ${res.status()} ${await res.text()}`)
      return { url, body: await res.json() }
    })
  // Awaited later: keep an early failure from being an unhandled rejection meanwhile.
  pending.catch(() => undefined)
  return pending
}

/** The figure as the browser formats it, with Intl directly (not the admin's helpers). */
function expectedText(page, value, type, currency) {
  return page.evaluate(
    ([v, t, c]) => {
      if (v === null || v === undefined) return "—"
      if (t === "money")
        return new Intl.NumberFormat(undefined, { style: "currency", currency: c.toUpperCase() }).format(Number(v))
      if (t === "ratio")
        return new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 1 }).format(Number(v))
      return new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).format(Number(v))
    },
    [value, type, currency]
  )
}

const typeOf = (envelope, key) => envelope.columns.find((c) => c.key === key)?.type

/** ISO week starts (Mondays) of the weeks touching [from, to], computed here. */
function mondaysBetween(from, to) {
  const day = (iso) => new Date(`${iso}T00:00:00Z`)
  const start = day(from)
  start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7))
  const weeks = []
  for (const d = start; d <= day(to); d.setUTCDate(d.getUTCDate() + 7)) weeks.push(d.toISOString().slice(0, 10))
  return weeks
}

/** The KPI card of a figure: its value text and change text. */
async function card(scope, key) {
  const el = scope.locator(`[data-kpi="${key}"]`).first()
  await el.waitFor()
  const value = (await el.getByTestId("kpi-value").innerText()).trim()
  const change = el.getByTestId("kpi-change")
  return { value, change: (await change.count()) ? (await change.first().innerText()).trim() : null }
}

/** The change the page should show: (current − previous) / |previous| as a number of percent, or null ('n/a'). */
function expectedChangePct(current, previous) {
  if (current === null || current === undefined || previous === null || previous === undefined) return null
  const before = Number(previous)
  if (before === 0) return null
  return ((Number(current) - before) / Math.abs(before)) * 100
}

function assertChange(text, current, previous, what) {
  const pct = expectedChangePct(current, previous)
  if (pct === null) {
    if (text !== "n/a") throw new Error(`${what}: change shows "${text}", expected n/a`)
    return
  }
  const shown = Number(text.replace(/[^\d.,]/g, "").replace(",", ".")) * (text.startsWith("−") ? -1 : 1)
  if (!Number.isFinite(shown) || Math.abs(shown - pct) > 0.051) {
    throw new Error(`${what}: change shows "${text}", expected ${pct.toFixed(2)}%`)
  }
}

export default {
  name: "analytics: orders KPI widget, KPI cards equal the API, granularity, CSV, products, customer widget",
  async run({ page, baseUrl, admin, artifacts, query }) {
    await login(page, baseUrl, admin)
    await page.waitForURL((u) => !u.pathname.startsWith("/app/login"))

    // Orders list: the widget's figures are the sales report's over the last 30 days.
    const widgetReport = reportRequest(page, "sales")
    await page.goto(`${baseUrl}/app/orders`)
    const widget = page.getByTestId("orders-kpi")
    await widget.getByRole("heading", { name: "Last 30 days" }).waitFor()
    const { url: widgetUrl, body: last30 } = await widgetReport
    if (widgetUrl.searchParams.get("compare") !== "previous_period") throw new Error("the widget does not compare")
    const days =
      (new Date(`${last30.range.to}T00:00:00Z`) - new Date(`${last30.range.from}T00:00:00Z`)) / 86_400_000 + 1
    if (days !== 30) throw new Error(`the widget's range ${last30.range.from}..${last30.range.to} is ${days} days`)
    const widgetGroup = last30.groups[0]
    if (widgetGroup) {
      const scope = widget.locator(`[data-currency="${widgetGroup.currency_code ?? ""}"]`)
      for (const key of ["net_sales", "orders", "average_order_value"]) {
        const shown = await card(scope, key)
        const want = await expectedText(page, widgetGroup.totals[key], typeOf(last30, key), widgetGroup.currency_code)
        if (shown.value !== want) throw new Error(`orders widget ${key} shows "${shown.value}", the API says "${want}"`)
        if (widgetGroup.previous) assertChange(shown.change, widgetGroup.totals[key], widgetGroup.previous[key], key)
      }
    }
    await artifacts.screenshot("orders-kpi")

    // The Analytics page over the last 90 days (the seeded history), compared with the 90 days before.
    const salesReport = reportRequest(page, "sales", { granularity: "day", compare: "previous_period" })
    await page.goto(`${baseUrl}/app/analytics?range=last_90_days&granularity=day`)
    await page.getByRole("heading", { name: "Analytics", exact: true }).waitFor()
    const { url: salesUrl, body: sales } = await salesReport
    const from = salesUrl.searchParams.get("from")
    const to = salesUrl.searchParams.get("to")
    if (!sales.groups.length) throw new Error("the sales report has no currency group over 90 days of seeded orders")
    const group = sales.groups[0]
    if (!(Number(group.totals.orders) > 0)) throw new Error(`the sales report counts ${group.totals.orders} orders`)

    // Independently of the reports: the non-canceled seeded orders placed in the range (UTC days).
    const [source] = await query(
      `SELECT count(*)::int AS orders FROM "order"
        WHERE deleted_at IS NULL AND is_draft_order = false AND status <> 'canceled' AND currency_code = $1
          AND (created_at AT TIME ZONE $4)::date BETWEEN $2::date AND $3::date`,
      [group.currency_code, from, to, sales.range.time_zone]
    )
    if (Number(group.totals.orders) !== source.orders) {
      throw new Error(
        `the API counts ${group.totals.orders} ${group.currency_code} orders, the order table ${source.orders}`
      )
    }
    // Day by day too: each order on the day it was placed (the seed backdates its history).
    const perDay = await query(
      `SELECT to_char((created_at AT TIME ZONE $4)::date, 'YYYY-MM-DD') AS day, count(*)::int AS orders FROM "order"
        WHERE deleted_at IS NULL AND is_draft_order = false AND status <> 'canceled' AND currency_code = $1
          AND (created_at AT TIME ZONE $4)::date BETWEEN $2::date AND $3::date
        GROUP BY 1`,
      [group.currency_code, from, to, sales.range.time_zone]
    )
    const sourceDays = Object.fromEntries(perDay.map((r) => [r.day, r.orders]))
    const apiDays = Object.fromEntries(
      group.series.filter((p) => Number(p.orders) > 0).map((p) => [p.period, Number(p.orders)])
    )
    const sortedJson = (o) => JSON.stringify(Object.fromEntries(Object.entries(o).sort()))
    if (sortedJson(apiDays) !== sortedJson(sourceDays)) {
      throw new Error(`orders by day: the API says ${sortedJson(apiDays)}, the order table ${sortedJson(sourceDays)}`)
    }

    const panel = page.locator('[data-report="sales"]')
    if (sales.groups.length > 1) {
      await panel
        .getByRole("group", { name: "Currency" })
        .getByRole("button", { name: group.currency_code.toUpperCase() })
        .click()
    }
    for (const key of ["net_sales", "gross_sales", "orders", "average_order_value", "refunds"]) {
      if (group.totals[key] === undefined) continue
      const shown = await card(panel, key)
      const want = await expectedText(page, group.totals[key], typeOf(sales, key), group.currency_code)
      if (shown.value !== want) throw new Error(`card ${key} shows "${shown.value}", the API says "${want}"`)
      if (!group.previous) throw new Error("compare is on but the API returned no previous totals")
      assertChange(shown.change, group.totals[key], group.previous[key], `card ${key}`)
    }
    await panel.getByTestId("series-chart").waitFor()
    await artifacts.screenshot("sales-daily")

    // Weekly: the API gets granularity=week and returns one point per ISO week of the range.
    const weeklyReport = reportRequest(page, "sales", { granularity: "week", compare: "previous_period" })
    await page.getByRole("combobox", { name: "Granularity" }).click()
    await page.getByRole("option", { name: "Weekly" }).click()
    const { body: weekly } = await weeklyReport
    const weeks = mondaysBetween(from, to)
    const points = weekly.groups[0]?.series.map((p) => p.period) ?? []
    if (JSON.stringify(points) !== JSON.stringify(weeks)) {
      throw new Error(`weekly series periods ${JSON.stringify(points)}, expected ${JSON.stringify(weeks)}`)
    }
    await page.waitForURL(/granularity=week/)
    await panel.getByText(/^Wk /).first().waitFor()
    await panel.getByText("Net sales by week").waitFor()
    const weeklyGroup = weekly.groups.find((g) => g.currency_code === group.currency_code)
    const weeklyNet = await card(panel, "net_sales")
    const wantNet = await expectedText(page, weeklyGroup.totals.net_sales, "money", group.currency_code)
    if (weeklyNet.value !== wantNet)
      throw new Error(`weekly net sales card "${weeklyNet.value}", the API says "${wantNet}"`)
    await artifacts.screenshot("sales-weekly")

    // CSV: the server's file name, a header of column keys with the currency, one line per period and currency.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      panel.getByRole("button", { name: "Download CSV" }).click(),
    ])
    const expectedName = `sales-${from}-${to}.csv`
    if (download.suggestedFilename() !== expectedName) {
      throw new Error(`downloaded "${download.suggestedFilename()}", expected "${expectedName}"`)
    }
    const lines = fs
      .readFileSync(await download.path(), "utf8")
      .trim()
      .split(/\r?\n/)
    const header = lines[0].split(",")
    for (const column of ["period", "currency_code", "net_sales", "orders"]) {
      if (!header.includes(column)) throw new Error(`CSV header ${lines[0]} lacks ${column}`)
    }
    const seriesLines = weekly.groups.reduce((n, g) => n + g.series.length, 0)
    if (lines.length - 1 !== seriesLines) {
      throw new Error(`CSV has ${lines.length - 1} data lines, the weekly report ${seriesLines} series points`)
    }
    await page.getByText("CSV downloaded").first().waitFor()

    // Products: ranked rows as bars and a table with as many rows as the API returned.
    const productsReport = reportRequest(page, "products")
    await page.getByRole("tab", { name: "Products" }).click()
    const { body: products } = await productsReport
    const productGroup = products.groups.find((g) => g.currency_code === group.currency_code) ?? products.groups[0]
    const productsPanel = page.locator('[data-report="products"]')
    await productsPanel.getByRole("heading", { name: "Products" }).first().waitFor()
    if (productGroup?.rows.length) {
      await productsPanel.getByTestId("bar-chart").waitFor()
      const rows = productsPanel.locator("table tbody tr")
      await rows.first().waitFor()
      if ((await rows.count()) !== Math.min(20, productGroup.rows.length)) {
        throw new Error(`products table shows ${await rows.count()} rows, the API ${productGroup.rows.length}`)
      }
      const first = productGroup.rows[0]
      await rows.first().getByText(String(first.title)).waitFor()
    }
    await artifacts.screenshot("products")

    // Every other report renders from its envelope without an error.
    for (const [tab, report] of [
      ["Inventory", "inventory"],
      ["Customers", "customers"],
      ["Cohorts", "cohorts"],
      ["Marketing", "marketing"],
      ["Payments", "payments"],
    ]) {
      const request = reportRequest(page, report)
      await page.getByRole("tab", { name: tab }).click()
      const { body } = await request
      const reportPanel = page.locator(`[data-report="${report}"]`)
      await page.locator(`[data-report="${report}"]:is([data-state="ready"], [data-state="error"])`).waitFor()
      if ((await reportPanel.getByRole("alert").count()) > 0) {
        throw new Error(`the ${report} tab shows an error: ${await reportPanel.getByRole("alert").first().innerText()}`)
      }
      for (const note of body.notes) await reportPanel.getByText(note, { exact: true }).first().waitFor()
      await artifacts.screenshot(`tab-${report}`)
    }

    // Customer page: lifetime value, orders and AOV from GET /admin/customers/:id/analytics.
    const [buyer] = await query(
      `SELECT customer_id FROM "order" WHERE customer_id IS NOT NULL AND deleted_at IS NULL AND status <> 'canceled'
        GROUP BY customer_id ORDER BY count(*) DESC, customer_id LIMIT 1`
    )
    if (!buyer) throw new Error("no seeded order has a customer")
    const customerRequest = page.waitForRequest(
      (req) => new URL(req.url()).pathname === `/admin/customers/${buyer.customer_id}/analytics`
    )
    customerRequest.catch(() => undefined)
    await page.goto(`${baseUrl}/app/customers/${buyer.customer_id}`)
    const customerWidget = page.getByTestId("customer-analytics")
    await customerWidget.getByRole("heading", { name: "Customer value" }).waitFor()
    await customerRequest
    const res = await page.request.get(`${baseUrl}/admin/customers/${buyer.customer_id}/analytics`)
    if (!res.ok()) throw new Error(`GET /admin/customers/:id/analytics: ${res.status()} ${await res.text()}`)
    const { customer_analytics: analytics } = await res.json()
    if (!analytics.currencies.length) throw new Error("the customer with the most orders has no analytics currency")
    for (const c of analytics.currencies) {
      const block = customerWidget.locator(`[data-currency="${c.currency_code}"]`)
      const checks = [
        ["customer-ltv", c.lifetime_value, "money"],
        ["customer-orders", c.orders, "count"],
        ["customer-aov", c.average_order_value, "money"],
      ]
      for (const [testId, value, type] of checks) {
        const shown = (await block.getByTestId(testId).innerText()).trim()
        const want = await expectedText(page, value, type, c.currency_code)
        if (shown !== want) throw new Error(`customer widget ${testId} shows "${shown}", the API says "${want}"`)
      }
    }
    const [orders] = await query(
      `SELECT count(*)::int AS n FROM "order" WHERE customer_id = $1 AND deleted_at IS NULL AND status <> 'canceled'`,
      [buyer.customer_id]
    )
    const counted = analytics.currencies.reduce((n, c) => n + Number(c.orders), 0)
    if (counted !== orders.n) throw new Error(`the widget's API counts ${counted} orders, the order table ${orders.n}`)
    const firsts = await query(
      `SELECT currency_code, min(created_at) AS first_at FROM "order"
        WHERE customer_id = $1 AND deleted_at IS NULL AND status <> 'canceled' GROUP BY currency_code`,
      [buyer.customer_id]
    )
    for (const { currency_code, first_at } of firsts) {
      const api = analytics.currencies.find((c) => c.currency_code === currency_code)
      if (new Date(api?.first_order_at).getTime() !== new Date(first_at).getTime()) {
        throw new Error(
          `first ${currency_code} order: the API says ${api?.first_order_at}, the order table ${new Date(first_at).toISOString()}`
        )
      }
    }
    await artifacts.screenshot("customer-analytics")
  },
}
