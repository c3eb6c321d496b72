// Catalog health: "Recompute all" scores every product (toast count and rows in
// the DB), the score distribution equals the stored scores bucket by bucket, the
// fix list filtered by a failed check lists exactly the products failing it; on
// a product's page the quality widget shows its score and failed checks, and a
// meta title saved through the SEO widget lands in product_seo.
import fs from "node:fs"
import { login, waitForValue } from "../lib/admin.mjs"

/** The admin's name of a check id, read from the admin's own label table (a .ts file, so not importable here). */
function checkLabel(check) {
  const file = new URL("../../src/admin/components/catalog-quality/check-labels.ts", import.meta.url)
  const match = fs.readFileSync(file, "utf8").match(new RegExp(`\\b${check}: "([^"]+)"`))
  if (!match) throw new Error(`no label for the check ${check} in check-labels.ts`)
  return match[1]
}

/** Every check id the admin has a label for. */
function checkIds() {
  const file = new URL("../../src/admin/components/catalog-quality/check-labels.ts", import.meta.url)
  return [...fs.readFileSync(file, "utf8").matchAll(/^\s+(\w+): "/gm)].map((m) => m[1])
}

export default {
  name: "catalog health: recompute, distribution, check filter, product quality and SEO widgets",
  async run({ page, baseUrl, admin, artifacts, query }) {
    await login(page, baseUrl, admin)
    await page.waitForURL((u) => !u.pathname.startsWith("/app/login"))

    await page.goto(`${baseUrl}/app/catalog-health`)
    await page.getByRole("heading", { name: "Catalog health", exact: true }).waitFor()
    await page.getByRole("heading", { name: "Fix list", exact: true }).waitFor()

    // Recompute: every live product gets a fresh score row.
    const [{ products, started }] = await query(
      `SELECT (SELECT count(*)::int FROM product WHERE deleted_at IS NULL) AS products, now() AS started`
    )
    if (!products) throw new Error("the seed has no product")
    const listAfterRecompute = page.waitForResponse(
      (res) =>
        new URL(res.url()).pathname === "/admin/catalog-quality" &&
        res.request().method() === "GET" &&
        new URL(res.url()).searchParams.get("limit") === "1"
    )
    listAfterRecompute.catch(() => undefined)
    await page.getByRole("button", { name: "Recompute all" }).click()
    await page.getByText(`Recomputed ${products} product(s)`).first().waitFor()
    const [{ fresh }] = await query(
      `SELECT count(DISTINCT s.product_id)::int AS fresh FROM product_quality_score s
         JOIN product p ON p.id = s.product_id AND p.deleted_at IS NULL
        WHERE s.computed_at >= $1 AND s.deleted_at IS NULL`,
      [started]
    )
    if (fresh !== products) throw new Error(`${fresh} of ${products} products have a score computed by the recompute`)
    await listAfterRecompute
    await page.getByText(`${products} product(s) scored`).waitFor()

    // The distribution, bucket by bucket, against the stored scores.
    const overview = await page.request.get(`${baseUrl}/admin/catalog-quality?limit=1&offset=0`)
    if (!overview.ok()) throw new Error(`GET /admin/catalog-quality: ${overview.status()} ${await overview.text()}`)
    const { distribution } = await overview.json()
    const bars = page.locator('[aria-label="Score distribution"] > div')
    await bars.first().waitFor()
    if ((await bars.count()) !== distribution.length) {
      throw new Error(`the page shows ${await bars.count()} buckets, the API ${distribution.length}`)
    }
    let total = 0
    for (const bucket of distribution) {
      const [{ n }] = await query(
        `SELECT count(*)::int AS n FROM product_quality_score s JOIN product p ON p.id = s.product_id AND p.deleted_at IS NULL
          WHERE s.deleted_at IS NULL AND s.score BETWEEN $1 AND $2`,
        [bucket.from, bucket.to]
      )
      total += n
      const bar = bars.filter({ hasText: `${bucket.from}–${bucket.to}` })
      const shown = (await bar.locator("p").last().innerText()).trim()
      if (shown !== String(n))
        throw new Error(`bucket ${bucket.from}–${bucket.to} shows ${shown}, the scores hold ${n}`)
    }
    if (total !== products) throw new Error(`the buckets hold ${total} products, not ${products}`)
    await artifacts.screenshot("overview")

    // Filter the fix list by the check most products fail.
    const [worst] = await query(
      `SELECT c->>'check' AS check, count(*)::int AS n FROM product_quality_score s
         JOIN product p ON p.id = s.product_id AND p.deleted_at IS NULL,
         jsonb_array_elements(s.failed_checks) c
        WHERE s.deleted_at IS NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`
    )
    if (!worst) throw new Error("no seeded product fails any check: nothing to filter on")
    const label = checkLabel(worst.check)
    const filtered = page.waitForResponse(
      (res) =>
        new URL(res.url()).pathname === "/admin/catalog-quality" &&
        new URL(res.url()).searchParams.get("check") === worst.check
    )
    filtered.catch(() => undefined)
    await page.getByRole("combobox", { name: "Failed check" }).click()
    await page.getByRole("option", { name: label, exact: true }).click()
    await filtered
    const rows = page.locator("table tbody tr")
    const expected = Math.min(20, worst.n)
    await rows.nth(expected - 1).waitFor()
    if ((await rows.count()) !== expected) {
      throw new Error(
        `the fix list filtered on ${worst.check} shows ${await rows.count()} rows, ${worst.n} products fail it`
      )
    }
    for (let i = 0; i < expected; i++) {
      const toFix = (await rows.nth(i).locator("td").last().innerText()).trim()
      if (!toFix.split(", ").includes(label)) throw new Error(`row ${i + 1} of the ${label} filter lists "${toFix}"`)
    }
    await artifacts.screenshot(`filtered-${worst.check}`)

    // A check (from the admin's own list) no product fails: the filter empties the list.
    const failing = new Set(
      (
        await query(
          `SELECT DISTINCT c->>'check' AS check FROM product_quality_score s, jsonb_array_elements(s.failed_checks) c
            WHERE s.deleted_at IS NULL`
        )
      ).map((r) => r.check)
    )
    const passed = checkIds().find((id) => !failing.has(id))
    if (passed) {
      const emptied = page.waitForResponse(
        (res) =>
          new URL(res.url()).pathname === "/admin/catalog-quality" &&
          new URL(res.url()).searchParams.get("check") === passed
      )
      emptied.catch(() => undefined)
      await page.getByRole("combobox", { name: "Failed check" }).click()
      await page.getByRole("option", { name: checkLabel(passed), exact: true }).click()
      await emptied
      await page.getByText("Nothing to fix").waitFor()
      if (await rows.count()) throw new Error(`the fix list filtered on ${passed}, which no product fails, has rows`)
      // Back to the failed check for the product below.
      await page.getByRole("combobox", { name: "Failed check" }).click()
      await page.getByRole("option", { name: label, exact: true }).click()
      await rows.nth(expected - 1).waitFor()
    }

    // The first product of the filtered list: its quality and SEO widgets.
    const link = rows.first().getByRole("link")
    const href = await link.getAttribute("href")
    const productId = href.split("/").pop()
    await link.click()
    await page.waitForURL(new RegExp(`/app/products/${productId}$`))
    const qualityHeading = page.getByRole("heading", { name: "Quality", exact: true })
    await qualityHeading.waitFor()
    const quality = qualityHeading.locator("xpath=ancestor::div[contains(@class,'divide-y')][1]")
    const [stored] = await query(
      "SELECT score FROM product_quality_score WHERE product_id = $1 AND deleted_at IS NULL",
      [productId]
    )
    await qualityHeading.locator("xpath=..").getByText(String(stored.score), { exact: true }).waitFor()
    await quality.getByText(label, { exact: false }).first().waitFor()

    const seoHeading = page.getByRole("heading", { name: "SEO", exact: true })
    await seoHeading.waitFor()
    const seo = seoHeading.locator("xpath=ancestor::div[contains(@class,'divide-y')][1]")
    const title = `E2E meta title ${Date.now().toString(36)}`
    await seo.locator("#seo-title").fill(title)
    await seo.getByText(`${title.length} / 60`).waitFor()
    await seo.getByRole("button", { name: "Save", exact: true }).click()
    await page.getByText("SEO fields saved").first().waitFor()
    const [row] = await query("SELECT meta_title FROM product_seo WHERE product_id = $1 AND deleted_at IS NULL", [
      productId,
    ])
    if (row?.meta_title !== title)
      throw new Error(`product_seo holds ${JSON.stringify(row)}, expected meta_title "${title}"`)
    await page.reload()
    await waitForValue(page.locator("#seo-title"), title)
    await artifacts.screenshot("product-widgets")
  },
}
