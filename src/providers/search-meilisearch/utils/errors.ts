import { MedusaError } from "@medusajs/framework/utils"

/** `MedusaError.code` of an error raised because Meilisearch could not be reached. */
export const MEILISEARCH_UNREACHABLE = "meilisearch_unreachable"
/** `MedusaError.code` of an error raised because Meilisearch refused the API key. */
export const MEILISEARCH_UNAUTHORIZED = "meilisearch_unauthorized"

type ClientError = Error & {
  response?: { status?: number; headers?: { get(name: string): string | null } }
  cause?: unknown
}

/** Whether `error` (from this provider) means the engine was unreachable. */
export function isMeilisearchUnreachable(error: unknown): boolean {
  return (error as { code?: string } | undefined)?.code === MEILISEARCH_UNREACHABLE
}

function retryAfterMs(header: string | null | undefined): number | undefined {
  const seconds = Number(header)
  return header && Number.isFinite(seconds) ? seconds * 1000 : undefined
}

/** The messages down an error's `cause` chain; duck-typed, since fetch's errors may come from another realm. */
function causeMessage(cause: unknown, depth = 0): string | undefined {
  if (!cause || typeof cause !== "object" || depth > 3) return undefined
  const { message, code } = cause as { message?: unknown; code?: unknown }
  const own = typeof message === "string" && message ? message : typeof code === "string" ? code : undefined
  const nested = causeMessage((cause as { cause?: unknown }).cause, depth + 1)
  if (own && nested && !own.includes(nested)) return `${own} (${nested})`
  return own ?? nested
}

/**
 * Client errors as Medusa errors the Search Module acts on:
 *
 * - `index_not_found` → `NOT_FOUND`, which makes the module refresh the active
 *   version and retry;
 * - HTTP 429 keeps `status` and `retry_after`, which the module's seeding backs off on;
 * - a request Meilisearch rejected as invalid (400) → `INVALID_DATA` with its message;
 * - network failures and timeouts → `UNEXPECTED_STATE` coded `meilisearch_unreachable`;
 * - a refused API key → `UNEXPECTED_STATE` coded `meilisearch_unauthorized`.
 *
 * Errors are recognised by name, not `instanceof`: the client is an ES module
 * loaded at runtime, possibly in another realm (Jest).
 */
export function toProviderError(error: unknown, action: string, host: string): Error {
  if (error instanceof MedusaError) return error
  const err = error as ClientError
  const name = err?.name ?? ""

  if (name === "MeilisearchApiError") {
    const status = err.response?.status
    const body = (err.cause ?? {}) as { code?: string; message?: string }
    const message = body.message ?? err.message
    const code = body.code
    if (status === 429) {
      const limited = new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Meilisearch rate limited ${action}: ${message}`
      )
      return Object.assign(limited, {
        status: 429,
        retry_after: retryAfterMs(err.response?.headers?.get("retry-after")),
      })
    }
    if (code === "index_not_found" || status === 404) {
      return new MedusaError(MedusaError.Types.NOT_FOUND, `Meilisearch: ${message}`)
    }
    if (status === 401 || status === 403) {
      return new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Meilisearch at ${host} refused the API key while ${action}: ${message}`,
        MEILISEARCH_UNAUTHORIZED
      )
    }
    if (status !== undefined && status >= 400 && status < 500) {
      return new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Meilisearch rejected ${action}: ${message}${code ? ` (${code})` : ""}`
      )
    }
    return new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch failed ${action}: ${message}`)
  }

  if (
    name === "MeilisearchRequestError" ||
    name === "MeilisearchRequestTimeOutError" ||
    (name === "TypeError" && /fetch failed/i.test(err.message ?? ""))
  ) {
    const detail = causeMessage(err.cause) ?? err.message
    return new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Meilisearch is unreachable at ${host} (${action}): ${detail}`,
      MEILISEARCH_UNREACHABLE
    )
  }

  return new MedusaError(
    MedusaError.Types.UNEXPECTED_STATE,
    `Meilisearch failed ${action}: ${err?.message ?? String(error)}`
  )
}
