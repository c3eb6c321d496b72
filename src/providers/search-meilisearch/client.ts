import { MedusaError } from "@medusajs/framework/utils"
import type {
  MeilisearchClientLike,
  MeilisearchHealth,
  MeilisearchProviderOptions,
  ResolvedMeilisearchOptions,
} from "./types"
import { DEFAULT_MAX_PAYLOAD_BYTES } from "./types"
import { MEILISEARCH_UNAUTHORIZED, MEILISEARCH_UNREACHABLE, toProviderError } from "./utils/errors"

type MeilisearchModule = typeof import("meilisearch", { with: { "resolution-mode": "import" } })

/**
 * `meilisearch` ships only as an ES module. A real `import()` loads it from this
 * CommonJS code in every runtime (the built server, ts-node/swc in development,
 * Jest with --experimental-vm-modules); written as a plain `import()`, the
 * TypeScript and SWC CommonJS transforms would turn it into `require()`, which
 * Jest cannot satisfy for an ES module.
 */
const nativeImport = new Function("specifier", "return import(specifier)") as (
  specifier: string
) => Promise<MeilisearchModule>

function positive(name: string, value: unknown, fallback: number, min = 1): number {
  if (value === undefined || value === null || value === "") return fallback
  const number = typeof value === "string" ? Number(value) : value
  if (typeof number !== "number" || !Number.isInteger(number) || number < min) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `Meilisearch search provider option "${name}" must be an integer of at least ${min}, got ${JSON.stringify(value)}`
    )
  }
  return number
}

/** Checks the options and applies the defaults. Never contacts the server. */
export function resolveOptions(options: Partial<MeilisearchProviderOptions> | undefined): ResolvedMeilisearchOptions {
  const host = options?.host?.trim()
  if (!host) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      'The Meilisearch search provider requires a "host" option (MEILISEARCH_HOST), e.g. http://127.0.0.1:7700'
    )
  }
  let url: URL
  try {
    url = new URL(host)
  } catch {
    throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `Meilisearch host "${host}" is not a URL`)
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `Meilisearch host "${host}" must be an http(s) URL`)
  }
  return {
    host: host.replace(/\/+$/, ""),
    api_key: options?.api_key || undefined,
    request_timeout_ms: positive("request_timeout_ms", options?.request_timeout_ms, 10_000),
    task_timeout_ms: positive("task_timeout_ms", options?.task_timeout_ms, 120_000),
    task_poll_interval_ms: positive("task_poll_interval_ms", options?.task_poll_interval_ms, 100),
    max_batch_documents: positive("max_batch_documents", options?.max_batch_documents, 10_000),
    max_batch_bytes: positive("max_batch_bytes", options?.max_batch_bytes, DEFAULT_MAX_PAYLOAD_BYTES, 3),
    max_total_hits: positive("max_total_hits", options?.max_total_hits, 10_000),
    max_values_per_facet: positive("max_values_per_facet", options?.max_values_per_facet, 100),
    contains_filter: options?.contains_filter === true || (options?.contains_filter as unknown) === "true",
  }
}

/** Builds the official client. Constructing it opens no connection. */
export async function createMeilisearchClient(options: ResolvedMeilisearchOptions): Promise<MeilisearchClientLike> {
  const { Meilisearch } = await nativeImport("meilisearch")
  const client: MeilisearchClientLike = new Meilisearch({
    host: options.host,
    apiKey: options.api_key,
    timeout: options.request_timeout_ms,
    clientAgents: ["medusa-search-meilisearch"],
  })
  return client
}

/**
 * Pings the server: `available` with its version, or why not. Never throws,
 * so a status page can call it whatever state the engine is in.
 */
export async function checkMeilisearchHealth(
  options: Partial<MeilisearchProviderOptions>,
  client?: MeilisearchClientLike
): Promise<MeilisearchHealth> {
  let resolved: ResolvedMeilisearchOptions
  try {
    resolved = resolveOptions(options)
  } catch (error) {
    return { status: "error", host: options?.host ?? "", message: (error as Error).message }
  }
  try {
    const meilisearch = client ?? options.client ?? (await createMeilisearchClient(resolved))
    await meilisearch.health()
    // `/health` is public; `/version` needs a valid key, so it also checks the credentials.
    const version = await meilisearch.getVersion()
    return { status: "available", host: resolved.host, version: version.pkgVersion }
  } catch (error) {
    const mapped = toProviderError(error, "checking its health", resolved.host) as Error & { code?: string }
    const status =
      mapped.code === MEILISEARCH_UNREACHABLE
        ? "unreachable"
        : mapped.code === MEILISEARCH_UNAUTHORIZED
          ? "unauthorized"
          : "error"
    return { status, host: resolved.host, message: mapped.message }
  }
}
