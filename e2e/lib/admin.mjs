// Helpers shared by the admin specs.

/**
 * Open /app (which redirects to the login page) and sign in; resolves on the
 * first page after login. `onForm` runs once the form shows, before it is filled.
 */
export async function login(page, baseUrl, admin, { onForm } = {}) {
  // The first request compiles the admin (Vite, development mode): allow time.
  await page.goto(`${baseUrl}/app`, { timeout: 180_000 })
  const email = page.locator('input[name="email"]')
  await email.waitFor({ timeout: 180_000 })
  if (onForm) await onForm()
  await email.fill(admin.email)
  await page.locator('input[name="password"]').fill(admin.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.startsWith("/app/login"))
}

/** Wait until the page's data table has at least one row; returns the rows locator. */
export async function tableRows(page) {
  const rows = page.locator("table tbody tr")
  await rows.first().waitFor()
  return rows
}

/** Wait until an input (or textarea) holds exactly `value`, e.g. a saved field after a reload. */
export async function waitForValue(locator, value, { timeout = 30_000 } = {}) {
  const deadline = Date.now() + timeout
  for (;;) {
    const current = await locator.inputValue().catch(() => null)
    if (current === value) return
    if (Date.now() > deadline)
      throw new Error(`the field holds ${JSON.stringify(current)}, expected ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
