#!/usr/bin/env node
// `npm run test:e2e`: the admin (/app) in a real Chromium.
//
// Starts the same throwaway stack as the benchmarks (scripts/lib/server.mjs)
// with a small seed, then runs every e2e/specs/*.mjs. A spec exports
// `{ name, run({ page, baseUrl, admin, artifacts, query }) }` (as default or
// named exports) and throws to fail.
// Each spec gets its own browser context (fresh cookies and storage).
//
//   npm run test:e2e                     every spec
//   npm run test:e2e -- admin-basics     specs whose file name contains a word
//
// Screenshots go to artifacts/e2e/. The last line reads `e2e: N passed, N failed`.
import fs from "node:fs"
import path from "node:path"
import { chromium } from "playwright-core"
import { log } from "../scripts/lib/db.mjs"
import { loadDotEnv, root, startStack } from "../scripts/lib/server.mjs"

// Debian's Chromium; never a Playwright-downloaded browser.
const CHROMIUM = "/usr/bin/chromium"
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
]
const specsDir = path.join(root, "e2e", "specs")
const artifactsDir = path.join(root, "artifacts", "e2e")

if (!fs.existsSync(CHROMIUM)) {
  if (process.getuid?.() === 0) {
    process.stderr.write(`e2e: ${CHROMIUM} is missing; install it with: apt-get install -y chromium\n`)
    process.exit(1)
  }
  process.stdout.write(`e2e: skipped: ${CHROMIUM} is missing (install it as root: apt-get install -y chromium)\n`)
  process.exit(0)
}

const filters = process.argv.slice(2).filter((arg) => !arg.startsWith("-"))
const specFiles = fs
  .readdirSync(specsDir)
  .filter((file) => file.endsWith(".mjs"))
  .filter((file) => !filters.length || filters.some((word) => file.includes(word)))
  .sort()

async function runSpec(browser, stack, file) {
  const mod = await import(path.join(specsDir, file))
  const spec = mod.default ?? mod
  const slug = path.basename(file, ".mjs")
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  page.setDefaultTimeout(60_000)
  const artifacts = {
    dir: artifactsDir,
    /** Save artifacts/e2e/<spec>-<name>.png and return its path. */
    screenshot: async (name) => {
      const file = path.join(artifactsDir, `${slug}-${name}.png`)
      await page.screenshot({ path: file, fullPage: true })
      return file
    },
  }
  const started = Date.now()
  try {
    await spec.run({ page, baseUrl: stack.baseUrl, admin: stack.admin, artifacts, query: stack.query })
    log(`✓ ${spec.name} (${((Date.now() - started) / 1000).toFixed(1)}s)`)
    return true
  } catch (error) {
    await artifacts.screenshot("failure").catch(() => undefined)
    log(`✗ ${spec.name}: ${error.stack || error}`)
    return false
  } finally {
    await context.close().catch(() => undefined)
  }
}

async function main() {
  loadDotEnv()
  fs.rmSync(artifactsDir, { recursive: true, force: true })
  fs.mkdirSync(artifactsDir, { recursive: true })

  const stack = await startStack({ name: "e2e", database: "suite_e2e", products: 6, orders: 8 })
  let browser = null
  stack.onStop.push(() => browser?.close())
  const totals = { passed: 0, failed: 0 }
  try {
    // Playwright gives the browser a fresh temporary --user-data-dir and
    // removes it on close.
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS })
    for (const file of specFiles) {
      if (await runSpec(browser, stack, file)) totals.passed++
      else totals.failed++
    }
  } catch (error) {
    process.stderr.write(`${error.stack || error}\n`)
    totals.failed++
  } finally {
    await stack.stop()
  }
  log(`screenshots in ${path.relative(root, artifactsDir)}/`)
  process.stdout.write(`\ne2e: ${totals.passed} passed, ${totals.failed} failed\n`)
  process.exit(totals.failed || !specFiles.length ? 1 : 0)
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`)
  process.stdout.write(`\ne2e: 0 passed, 1 failed\n`)
  process.exit(1)
})
