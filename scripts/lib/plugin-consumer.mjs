// A throwaway Medusa 2.21 store that installs this project as a plugin, for
// `npm run test:plugin`. Nothing of this repository's src/ or medusa-config is
// used: only the packed plugin and our node_modules (for Medusa itself).
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"

/**
 * The consumer's medusa-config.ts: what README "Install into your store" tells
 * a store to write (the plugin, and a provider for the "email" notification
 * channel next to Medusa's default "feed").
 */
export function consumerConfig(pluginName) {
  return `import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS!,
      adminCors: process.env.ADMIN_CORS!,
      authCors: process.env.AUTH_CORS!,
      jwtSecret: process.env.JWT_SECRET!,
      cookieSecret: process.env.COOKIE_SECRET!,
    },
  },
  plugins: [{ resolve: ${JSON.stringify(pluginName)}, options: {} }],
  modules: [
    {
      key: Modules.NOTIFICATION,
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { name: "Local notifications", channels: ["feed", "email"] },
          },
        ],
      },
    },
  ],
})
`
}

/** The tsconfig of Medusa's app starter (`medusa build` needs one). */
const TSCONFIG = {
  compilerOptions: {
    target: "ES2021",
    esModuleInterop: true,
    module: "Node16",
    moduleResolution: "Node16",
    emitDecoratorMetadata: true,
    experimentalDecorators: true,
    skipLibCheck: true,
    skipDefaultLibCheck: true,
    declaration: false,
    sourceMap: false,
    inlineSourceMap: true,
    outDir: "./.medusa/server",
    rootDir: "./",
    jsx: "react-jsx",
    forceConsistentCasingInFileNames: true,
    resolveJsonModule: true,
    checkJs: false,
    strictNullChecks: true,
  },
  "ts-node": { swc: true },
  include: ["**/*", ".medusa/types/*"],
  exclude: ["node_modules", ".medusa/server", ".medusa/admin", ".cache"],
}

/** A Medusa starter store's Medusa packages, at our exact versions. */
export function storeDependencies(root) {
  const ours = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"))
  return Object.fromEntries(
    ["@medusajs/admin-sdk", "@medusajs/cli", "@medusajs/framework", "@medusajs/medusa"].map((name) => [
      name,
      ours.dependencies[name],
    ])
  )
}

/**
 * Lay out the app in `appDir`.
 *
 * Installation: node_modules is a real folder with one symlink per entry of
 * our node_modules (Medusa and everything it needs, already installed at the
 * exact versions), and the plugin tarball is extracted into
 * node_modules/<name> — what npm does with a tarball, without the network and
 * without letting npm reconcile a tree whose entries point into our own
 * node_modules (an `npm install` there could rewrite them through the links).
 * The plugin is a real folder, so its imports resolve from the app as in a
 * store's install.
 */
export function createConsumerApp({ appDir, root, tarball, manifest }) {
  const medusaDeps = storeDependencies(root)
  fs.mkdirSync(appDir, { recursive: true })
  fs.writeFileSync(
    path.join(appDir, "package.json"),
    JSON.stringify(
      {
        name: "plugin-consumer-store",
        version: "0.0.0",
        private: true,
        dependencies: { ...medusaDeps, [manifest.name]: `file:${tarball}` },
      },
      null,
      2
    )
  )
  fs.writeFileSync(path.join(appDir, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2))
  fs.writeFileSync(path.join(appDir, "medusa-config.ts"), consumerConfig(manifest.name))

  const modules = path.join(appDir, "node_modules")
  fs.mkdirSync(modules)
  const source = path.join(root, "node_modules")
  for (const entry of fs.readdirSync(source)) {
    if (entry === manifest.name || entry === ".package-lock.json") continue
    fs.symlinkSync(path.join(source, entry), path.join(modules, entry))
  }
  const pluginDir = path.join(modules, manifest.name)
  fs.mkdirSync(pluginDir)
  execFileSync("tar", ["-xzf", tarball, "-C", pluginDir, "--strip-components=1"])
  return { pluginDir }
}

/** Labels of the admin routes in the plugin's admin bundle (`defineRouteConfig({ label })`). */
export function adminRouteLabels(pluginDir) {
  const bundle = fs.readFileSync(path.join(pluginDir, ".medusa/server/src/admin/index.mjs"), "utf8")
  return [...bundle.matchAll(/defineRouteConfig\(\{\s*label:\s*"([^"]+)"/g)].map((m) => m[1])
}

/** Whether every label appears in the built admin (the store's .medusa/server/public/admin). */
export function missingAdminLabels(publicAdminDir, labels) {
  const texts = []
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith(".js")) texts.push(fs.readFileSync(full, "utf8"))
    }
  }
  walk(publicAdminDir)
  const all = texts.join("\n")
  return labels.filter((label) => !all.includes(JSON.stringify(label)))
}

/** Names of the plugin's module migrations (files under modules/<module>/migrations). */
export function pluginMigrations(pluginDir) {
  const modulesDir = path.join(pluginDir, ".medusa/server/src/modules")
  const names = []
  for (const mod of fs.readdirSync(modulesDir)) {
    const dir = path.join(modulesDir, mod, "migrations")
    if (!fs.existsSync(dir)) continue
    for (const file of fs.readdirSync(dir)) {
      if (/^Migration.*\.js$/.test(file)) names.push({ module: mod, name: file.replace(/\.js$/, "") })
    }
  }
  return names
}

/**
 * `npm install --package-lock-only` of the tarball into a new store (registry look-ups, no
 * node_modules written): the tree npm would install. Returns the admin libraries that would exist
 * in more than one copy, or at another version than the dashboard's (the extensions would then
 * not share React's router or the query client with the dashboard).
 */
export function npmResolution({ dir, tarball, medusaDeps, shared }) {
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ name: "npm-resolution-store", private: true, dependencies: medusaDeps }, null, 2)
  )
  execFileSync(
    "npm",
    ["install", "--package-lock-only", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", tarball],
    { cwd: dir, stdio: ["ignore", "pipe", "pipe"], timeout: 300_000 }
  )
  const lock = JSON.parse(fs.readFileSync(path.join(dir, "package-lock.json"), "utf8"))
  const copies = (name) =>
    Object.entries(lock.packages)
      .filter(([key]) => key === `node_modules/${name}` || key.endsWith(`/node_modules/${name}`))
      .map(([key, value]) => `${key.replace(/^node_modules\//, "")}@${value.version}`)
  return shared.map((name) => ({ name, copies: copies(name) })).filter(({ copies }) => copies.length > 1)
}
