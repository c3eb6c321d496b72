import type { Context } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Helpers for the custom modules' parameterised SQL. Each module still owns
 * its tables; these only spare every service the same few lines.
 */

/** The knex transaction of an @InjectTransactionManager method; `what` names the writes in the error. */
export function transactionOf(sharedContext: Context, what: string) {
  const knex = (sharedContext.transactionManager as any)?.getTransactionContext?.()
  if (!knex) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `${what} must run inside a transaction`)
  }
  return knex
}

/**
 * The knex of an @InjectManager read: the caller's transaction when there is
 * one, otherwise the pool (a read needs no BEGIN/COMMIT round trips).
 */
export function readerOf(sharedContext: Context) {
  const manager = sharedContext.manager as any
  const knex = (sharedContext.transactionManager as any)?.getTransactionContext?.() ?? manager?.getKnex?.()
  if (!knex) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "no database manager in the context")
  return knex
}

/** Splits a list into slices of `size` (bounded IN lists and multi-row inserts). */
export function chunks<T>(items: T[], size = 1000): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** The `raw_<column>` JSON Medusa's bigNumber columns keep beside the numeric value. */
export const rawBigNumber = (value: number | string) => JSON.stringify({ value: String(value), precision: 20 })
