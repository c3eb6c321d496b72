import { Modules } from "@medusajs/framework/utils"

/** Loads medusa-config.ts afresh with the given environment. */
function loadConfig(env: Record<string, string | undefined>) {
  const saved = { ...process.env }
  for (const key of ["REDIS_URL", "MEDUSA_WORKER_MODE", "DISABLE_MEDUSA_ADMIN"]) delete process.env[key]
  Object.assign(process.env, env)
  try {
    let config: any
    jest.isolateModules(() => {
      config = require("../../medusa-config")
    })
    return config
  } finally {
    process.env = saved
  }
}

const resolveOf = (config: any, key: string) => config.modules[key]?.resolve

describe("medusa-config", () => {
  it("keeps Medusa's in-process infrastructure modules when REDIS_URL is unset", () => {
    const config = loadConfig({})
    expect(resolveOf(config, Modules.EVENT_BUS)).toEqual("@medusajs/medusa/event-bus-local")
    expect(resolveOf(config, Modules.CACHE)).toEqual("@medusajs/medusa/cache-inmemory")
    expect(resolveOf(config, Modules.WORKFLOW_ENGINE)).toEqual("@medusajs/medusa/workflow-engine-inmemory")
    expect(config.modules[Modules.LOCKING].options?.providers ?? []).toEqual([])
    expect(config.projectConfig.redisUrl).toBeUndefined()
  })

  it("moves events, cache, caching, workflows and locking to Redis when REDIS_URL is set", () => {
    const redisUrl = "redis://127.0.0.1:6379"
    const config = loadConfig({ REDIS_URL: redisUrl })
    expect(resolveOf(config, Modules.EVENT_BUS)).toEqual("@medusajs/medusa/event-bus-redis")
    expect(config.modules[Modules.EVENT_BUS].options.redisUrl).toEqual(redisUrl)
    expect(resolveOf(config, Modules.CACHE)).toEqual("@medusajs/medusa/cache-redis")
    expect(resolveOf(config, Modules.WORKFLOW_ENGINE)).toEqual("@medusajs/medusa/workflow-engine-redis")
    expect(config.modules[Modules.WORKFLOW_ENGINE].options.redis.redisUrl).toEqual(redisUrl)
    expect(config.modules[Modules.LOCKING].options.providers).toEqual([
      expect.objectContaining({ resolve: "@medusajs/medusa/locking-redis", is_default: true }),
    ])
    expect(config.modules[Modules.CACHING].options.providers).toEqual([
      expect.objectContaining({ resolve: "@medusajs/medusa/caching-redis", is_default: true }),
    ])
    expect(config.projectConfig.redisUrl).toEqual(redisUrl)
  })

  it.each([
    ["shared", false],
    ["server", false],
    ["worker", true],
  ])("wires MEDUSA_WORKER_MODE=%s (admin disabled: %s)", (mode, adminDisabled) => {
    const config = loadConfig({ MEDUSA_WORKER_MODE: mode })
    expect(config.projectConfig.workerMode).toEqual(mode)
    expect(config.admin.disable).toBe(adminDisabled)
  })

  it("defaults to shared mode", () => {
    expect(loadConfig({}).projectConfig.workerMode).toEqual("shared")
  })
})
