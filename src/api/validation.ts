import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

/** Validates a query string with a zod schema: a clear 400 instead of a 500 on bad input. */
export function parseQuery<T extends z.ZodTypeAny>(schema: T, query: unknown): z.infer<T> {
  const result = schema.safeParse(query)
  if (!result.success) {
    const message = result.error.issues
      .map((issue) => `${issue.path.join(".") || "query"}: ${issue.message}`)
      .join("; ")
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${message}`)
  }
  return result.data
}

/**
 * For GET routes that take no query parameters: anything in the query string
 * is refused with a 400 naming it, as the validators of the routes that do
 * take parameters refuse unknown ones.
 */
export function rejectQueryParameters(
  req: { query?: Record<string, unknown> },
  _res: unknown,
  next: (error?: unknown) => void
) {
  const keys = Object.keys(req.query ?? {})
  if (!keys.length) return next()
  next(
    new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid request: this route takes no query parameters (got ${keys.slice(0, 5).join(", ")})`
    )
  )
}
