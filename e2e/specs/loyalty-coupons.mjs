// Loyalty and coupons pages: create a points rule, adjust a customer's points
// (an over-debit refused, then a credit), create a spend-X-save-Y promotion,
// generate a coupon batch for it, revoke two codes and download the CSV.
import fs from "node:fs"
import { login } from "../lib/admin.mjs"

export default {
  name: "loyalty and coupons: rule, adjustment, batch, revoke, CSV",
  async run({ page, baseUrl, admin, artifacts, query }) {
    await login(page, baseUrl, admin)
    await page.waitForURL((u) => !u.pathname.startsWith("/app/login"))

    // Loyalty settings: create the EUR rule with a tier.
    await page.goto(`${baseUrl}/app/loyalty`)
    await page.getByRole("heading", { name: "Liability" }).waitFor()
    await page.getByRole("button", { name: "Create rule" }).click()
    await page.getByRole("heading", { name: "Create a loyalty rule" }).waitFor()
    await page.locator("#rule-points_per_unit").fill("2")
    await page.getByRole("button", { name: "Add tier" }).click()
    await page.getByLabel("Tier 1 name").fill("Gold")
    await page.getByLabel("Tier 1 minimum spend").fill("500")
    await page.getByLabel("Tier 1 multiplier").fill("1.5")
    await page.getByRole("button", { name: "Create", exact: true }).click()
    await page.getByText("Rule created").first().waitFor()
    await artifacts.screenshot("loyalty-rule")
    const [rule] = await query("SELECT points_per_unit, tiers FROM loyalty_rule WHERE deleted_at IS NULL")
    if (Number(rule?.points_per_unit) !== 2 || rule.tiers?.[0]?.name !== "Gold") {
      throw new Error(`rule not saved as entered: ${JSON.stringify(rule)}`)
    }

    // Customer page widget: an over-debit is refused with the server's message, a credit is booked.
    await page.goto(`${baseUrl}/app/customers`)
    await page.locator("table tbody tr").first().click()
    await page.getByRole("heading", { name: "Loyalty points" }).waitFor()
    const customerId = new URL(page.url()).pathname.split("/").pop()
    await page.getByRole("button", { name: "Adjust points" }).click()
    await page.locator("#adjust-points").fill("-1000")
    await page.locator("#adjust-reason").fill("Over-debit")
    await page.getByRole("button", { name: "Save adjustment" }).click()
    await page
      .getByText(/Not enough points/)
      .first()
      .waitFor()
    await page.locator("#adjust-points").fill("750")
    await page.locator("#adjust-reason").fill("Goodwill for a late delivery")
    await page.getByRole("button", { name: "Save adjustment" }).click()
    await page.getByText("Points added").first().waitFor()
    await page.getByText("Goodwill for a late delivery").first().waitFor()
    await artifacts.screenshot("customer-loyalty")
    const [account] = await query("SELECT points_available FROM loyalty_account WHERE customer_id = $1", [customerId])
    if (account?.points_available !== 750) throw new Error(`balance is ${account?.points_available}, expected 750`)

    // Coupons: spend X save Y, then a batch of codes for it.
    const code = `E2E${Date.now().toString(36).toUpperCase()}`
    await page.goto(`${baseUrl}/app/coupons`)
    await page.getByRole("heading", { name: "Spend X, save Y" }).waitFor()
    await page.locator("#spend-code").fill(code)
    await page.locator("#spend-threshold").fill("50")
    await page.locator("#spend-discount").fill("5")
    await page.getByRole("button", { name: "Create promotion" }).click()
    await page.getByText("Promotion created").first().waitFor()
    await page.getByRole("button", { name: "Generate codes" }).click()
    await page.getByRole("heading", { name: "Generate coupon codes" }).waitFor()
    await page.locator("#batch-promotion").click()
    await page.getByRole("option", { name: code, exact: true }).click()
    await page.locator("#batch-name").fill("E2E batch")
    await page.locator("#batch-count").fill("40")
    await page.locator("#batch-prefix").fill("e2e")
    await page.getByRole("button", { name: "Generate", exact: true }).click()
    await page.getByRole("link", { name: "Open batch" }).click()
    await page.getByText("Download CSV").waitFor()
    await page.locator("table tbody tr").first().waitFor()
    await artifacts.screenshot("coupon-batch")

    // Revoke two codes (with confirmation), then download the CSV.
    await page.locator("table tbody tr").nth(0).getByRole("checkbox").click()
    await page.locator("table tbody tr").nth(1).getByRole("checkbox").click()
    await page.keyboard.press("r")
    await page.getByRole("alertdialog").getByRole("button", { name: "Revoke" }).click()
    await page.getByText("2 codes revoked").first().waitFor()
    await artifacts.screenshot("coupon-batch-revoked")
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByText("Download CSV").click()])
    const csv = fs
      .readFileSync(await download.path(), "utf8")
      .trim()
      .split("\n")
    if (csv.length !== 41) throw new Error(`CSV has ${csv.length} lines, expected 41`)
    if (csv.filter((line) => line.split(",")[1] === "revoked").length !== 2)
      throw new Error("CSV does not show 2 revoked codes")
    if (!csv.slice(1).every((line) => /^E2E-[A-Z2-9]{4}-[A-Z2-9]{4},/.test(line)))
      throw new Error("codes do not follow the pattern")
  },
}
