// Search: the admin Search page shows the product index as ready with one
// document per published product (counted in the database), its analytics
// and tuning sections; a stop word saved there reaches the database; the
// product page's widget says the product is indexed.
import { login } from "../lib/admin.mjs"

export default {
  name: "search: index status, analytics, tuning, product widget",
  async run({ page, baseUrl, admin, artifacts, query }) {
    await login(page, baseUrl, admin)

    await page.goto(`${baseUrl}/app/search`)
    await page.getByRole("heading", { name: "Search", exact: true }).waitFor()
    await page.getByRole("heading", { name: "Product index" }).waitFor()
    const [{ published }] = await query(
      "SELECT count(*)::int AS published FROM product WHERE status = 'published' AND deleted_at IS NULL"
    )
    // The boot seed (or the events of the demo seed) fill the index; wait until it is ready and complete.
    const badge = page.getByTestId("search-index-status")
    const documents = page.getByTestId("search-index-documents")
    const deadline = Date.now() + 120_000
    for (;;) {
      const [state, count] = [
        await badge.textContent().catch(() => null),
        await documents.textContent().catch(() => null),
      ]
      if (state === "ready" && Number(count?.replace(/\D/g, "")) === published) break
      if (Date.now() > deadline)
        throw new Error(`index shows "${state}" with ${count} documents, ${published} products are published`)
      await page.waitForTimeout(1000)
      await page.reload()
    }
    await page.getByText("PostgreSQL").or(page.getByText("Meilisearch")).first().waitFor()
    await page.getByRole("heading", { name: "Search analytics" }).waitFor()
    await page
      .getByRole("heading", { name: "Ranking rules" })
      .or(page.getByText("Ranking rules", { exact: true }))
      .first()
      .waitFor()
    await artifacts.screenshot("status")

    // A stop word, saved through the form.
    const word = `e2estop${Date.now().toString(36)}`
    await page.locator("#search-stop-words").fill(word)
    await page.getByRole("button", { name: "Save" }).click()
    await page.getByText("The next search uses the new settings.").first().waitFor()
    const [setting] = await query("SELECT stop_words FROM search_setting WHERE scope = 'store' AND deleted_at IS NULL")
    if (!setting?.stop_words?.includes(word)) throw new Error(`stop word not saved: ${JSON.stringify(setting)}`)

    // The product page widget.
    const [product] = await query(
      "SELECT id FROM product WHERE status = 'published' AND deleted_at IS NULL ORDER BY created_at LIMIT 1"
    )
    await page.goto(`${baseUrl}/app/products/${product.id}`)
    await page.getByRole("heading", { name: "Search", exact: true }).waitFor()
    const state = page.getByTestId("product-search-state")
    await state.waitFor()
    if ((await state.textContent()) !== "Indexed") throw new Error(`widget says "${await state.textContent()}"`)
    await artifacts.screenshot("product-widget")
  },
}
