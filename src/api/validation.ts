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
