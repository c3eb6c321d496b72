import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import CustomerConsent from "./models/customer-consent"
import PrivacyRequest from "./models/privacy-request"
import ProductView from "./models/product-view"
import { MAX_VIEWS_PER_CUSTOMER, type ConsentFlags, type ConsentSource, type ConsentState } from "./types"
import { regexLiteral } from "./utils/text"
import { transactionOf } from "../../lib/sql"

const NO_CONSENT = (customer_id: string): ConsentState => ({
  customer_id,
  marketing_email: false,
  personalisation: false,
  source: null,
  updated_at: null,
})

/**
 * Consent flags, browsing history and the log of privacy requests. The
 * history is written with parameterised SQL so that the consent check, the
 * upsert and the trim to `MAX_VIEWS_PER_CUSTOMER` happen in one transaction
 * under a per-customer lock.
 */
class CustomerPrivacyModuleService extends MedusaService({
  CustomerConsent,
  PrivacyRequest,
  ProductView,
}) {
  @InjectTransactionManager()
  async getConsent(customerId: string, @MedusaContext() sharedContext: Context = {}): Promise<ConsentState> {
    const knex = transactionOf(sharedContext, "Consent reads")
    const row = await knex("customer_consent")
      .where({ customer_id: customerId })
      .whereNull("deleted_at")
      .first("customer_id", "marketing_email", "personalisation", "source", "updated_at")
    return row ?? NO_CONSENT(customerId)
  }

  /**
   * Sets the flags given (the others keep their value). Withdrawing the
   * personalisation consent deletes the browsing history with it.
   */
  @InjectTransactionManager()
  async setConsent(
    customerId: string,
    flags: ConsentFlags,
    source: ConsentSource,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ConsentState> {
    const knex = transactionOf(sharedContext, "Consent writes")
    await this.lockCustomer_(knex, customerId)
    const current = await this.getConsent(customerId, sharedContext)
    const next = {
      marketing_email: flags.marketing_email ?? current.marketing_email,
      personalisation: flags.personalisation ?? current.personalisation,
    }
    const { rows } = await knex.raw(
      `INSERT INTO customer_consent (id, customer_id, marketing_email, personalisation, source, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, now(), now())
       ON CONFLICT (customer_id) WHERE deleted_at IS NULL
       DO UPDATE SET marketing_email = EXCLUDED.marketing_email, personalisation = EXCLUDED.personalisation,
                     source = EXCLUDED.source, updated_at = now()
       RETURNING customer_id, marketing_email, personalisation, source, updated_at`,
      [generateEntityId(undefined, "ccon"), customerId, next.marketing_email, next.personalisation, source]
    )
    if (!next.personalisation) {
      await knex("product_view").where({ customer_id: customerId }).delete()
    }
    return rows[0]
  }

  /**
   * Records a product view when the customer has the personalisation
   * consent; returns whether it did. The per-customer lock orders this
   * against a concurrent withdrawal and against other views of the same
   * customer, so the bound holds exactly.
   */
  @InjectTransactionManager()
  async recordProductView(
    customerId: string,
    productId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ recorded: boolean }> {
    const knex = transactionOf(sharedContext, "Product view writes")
    await this.lockCustomer_(knex, customerId)
    const consent = await this.getConsent(customerId, sharedContext)
    if (!consent.personalisation) return { recorded: false }
    // One statement: upsert this product's row, then drop everything beyond the
    // newest MAX-1 other products (the CTE's snapshot does not see the upserted row).
    await knex.raw(
      `WITH upserted AS (
         INSERT INTO product_view (id, customer_id, product_id, viewed_at, views, created_at, updated_at)
         VALUES (?, ?, ?, clock_timestamp(), 1, now(), now())
         ON CONFLICT (customer_id, product_id) WHERE deleted_at IS NULL
         DO UPDATE SET viewed_at = clock_timestamp(), views = product_view.views + 1, updated_at = now()
         RETURNING id
       )
       DELETE FROM product_view
        WHERE customer_id = ? AND product_id <> ?
          AND id NOT IN (
            SELECT id FROM product_view
             WHERE customer_id = ? AND product_id <> ? AND deleted_at IS NULL
             ORDER BY viewed_at DESC, id DESC
             LIMIT ?
          )`,
      [
        generateEntityId(undefined, "pview"),
        customerId,
        productId,
        customerId,
        productId,
        customerId,
        productId,
        MAX_VIEWS_PER_CUSTOMER - 1,
      ]
    )
    return { recorded: true }
  }

  /** The customer's history, newest first. */
  @InjectTransactionManager()
  async listRecentViews(
    customerId: string,
    limit = MAX_VIEWS_PER_CUSTOMER,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ product_id: string; viewed_at: Date; views: number }[]> {
    const knex = transactionOf(sharedContext, "Product view reads")
    return knex("product_view")
      .where({ customer_id: customerId })
      .whereNull("deleted_at")
      .orderBy([
        { column: "viewed_at", order: "desc" },
        { column: "id", order: "desc" },
      ])
      .limit(Math.min(Math.max(limit, 1), MAX_VIEWS_PER_CUSTOMER))
      .select("product_id", "viewed_at", "views")
  }

  /** Deletes the history and turns every consent off (source "erasure"). */
  @InjectTransactionManager()
  async eraseCustomerData(
    customerId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ product_views: number }> {
    const knex = transactionOf(sharedContext, "Privacy erasure")
    await this.lockCustomer_(knex, customerId)
    const product_views = await knex("product_view").where({ customer_id: customerId }).delete()
    await this.setConsent(customerId, { marketing_email: false, personalisation: false }, "erasure", sharedContext)
    return { product_views }
  }

  /**
   * Safety net of an erasure: replaces every remaining occurrence of the given
   * values (an e-mail address, a phone number) in any text or JSON column of
   * the public schema by `replacement`, case-insensitively. The targeted steps
   * run first; this catches copies in free text (summaries, notes, logged
   * payloads). Values shorter than 6 characters are ignored (too likely to
   * match something unrelated). Returns the updated row count per column.
   */
  @InjectTransactionManager()
  async scrubValues(
    values: string[],
    replacement: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, number>> {
    const knex = transactionOf(sharedContext, "Privacy erasure")
    const needles = [...new Set(values.map((v) => v.trim()).filter((v) => v.length >= 6))]
    const out: Record<string, number> = {}
    if (!needles.length) return out
    const pattern = needles.map(regexLiteral).join("|")
    const { rows: columns } = await knex.raw(
      `SELECT c.table_name, c.column_name, c.data_type
         FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
          AND c.data_type IN ('text', 'character varying', 'jsonb', 'json')`
    )
    for (const col of columns as { table_name: string; column_name: string; data_type: string }[]) {
      const json = col.data_type === "jsonb" || col.data_type === "json"
      const value = json ? knex.raw("??::text", [col.column_name]) : knex.raw("??", [col.column_name])
      const replaced = json
        ? knex.raw(`regexp_replace(??::text, ?, ?, 'gi')::${col.data_type}`, [col.column_name, pattern, replacement])
        : knex.raw(`regexp_replace(??, ?, ?, 'gi')`, [col.column_name, pattern, replacement])
      const count = await knex(col.table_name)
        .whereRaw("? ~* ?", [value, pattern])
        .update({ [col.column_name]: replaced })
      if (count) out[`${col.table_name}.${col.column_name}`] = count
    }
    return out
  }

  /**
   * Replaces whole-word occurrences of `words` (names, street lines) in the
   * given `table.column` list only: places where Medusa keeps operational
   * copies of an address (payment session context, notification data,
   * stored workflow executions). Unlike e-mails, names are too common to be
   * replaced everywhere. Words shorter than 3 characters are ignored.
   */
  @InjectTransactionManager()
  async scrubWords(
    words: string[],
    columns: string[],
    replacement: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Record<string, number>> {
    const knex = transactionOf(sharedContext, "Privacy erasure")
    const list = [...new Set(words.map((w) => w.trim()).filter((w) => w.length >= 3))]
    const out: Record<string, number> = {}
    if (!list.length) return out
    const pattern = `\\m(${list.map(regexLiteral).join("|")})\\M`
    const { rows: existing } = await knex.raw(
      `SELECT table_name || '.' || column_name AS ref, data_type FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name || '.' || column_name = ANY(?)`,
      [columns]
    )
    for (const { ref, data_type } of existing as { ref: string; data_type: string }[]) {
      const [table, column] = ref.split(".")
      const json = data_type === "jsonb" || data_type === "json"
      const value = json ? knex.raw("??::text", [column]) : knex.raw("??", [column])
      const replaced = json
        ? knex.raw(`regexp_replace(??::text, ?, ?, 'gi')::${data_type}`, [column, pattern, replacement])
        : knex.raw(`regexp_replace(??, ?, ?, 'gi')`, [column, pattern, replacement])
      const count = await knex(table).whereRaw("? ~* ?", [value, pattern]).update({ [column]: replaced })
      if (count) out[ref] = count
    }
    return out
  }

  private async lockCustomer_(knex: any, customerId: string) {
    await knex.raw("SELECT pg_advisory_xact_lock(hashtext(?))", [`customer-privacy:${customerId}`])
  }
}

export default CustomerPrivacyModuleService
