import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ANALYTICS_REPORT_MODULE } from "../../../modules/analytics-report"
import { CUSTOMER_PRIVACY_MODULE } from "../../../modules/customer-privacy"
import type CustomerPrivacyModuleService from "../../../modules/customer-privacy/service"
import { INVENTORY_ALERT_MODULE } from "../../../modules/inventory-alert"
import { LOYALTY_POINTS_MODULE } from "../../../modules/loyalty-points"
import { ORDER_EXCEPTION_MODULE } from "../../../modules/order-exception"
import { ORDER_TIMELINE_MODULE } from "../../../modules/order-timeline"
import { optionalService } from "../utils"

/** Rows per kind of data in an export (a customer with more is exported up to this bound and told so). */
export const EXPORT_MAX_ROWS = 5000

const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
]

async function list(service: any, method: string, filters: Record<string, unknown>, config: Record<string, unknown> = {}) {
  if (!service?.[method]) return []
  return service[method](filters, { take: EXPORT_MAX_ROWS, ...config })
}

/**
 * Everything we and Medusa hold on one customer, as plain JSON: Medusa's
 * profile, addresses, orders and carts; our consent, browsing history,
 * privacy requests, loyalty accounts and ledger, back-in-stock
 * subscriptions, analytics figures, order exception cases, fraud
 * assessments and notifications sent. Search logs are not linked to
 * customers (they keep no customer, session or IP), so they are not part of it.
 */
export async function collectCustomerData(container: MedusaContainer, customerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [customer],
  } = await query.graph({
    entity: "customer",
    fields: [
      "id",
      "email",
      "first_name",
      "last_name",
      "phone",
      "company_name",
      "has_account",
      "metadata",
      "created_at",
      "updated_at",
      "groups.id",
      "groups.name",
      ...["id", "address_name", "is_default_shipping", "is_default_billing", ...ADDRESS_FIELDS].map((f) => `addresses.${f}`),
    ],
    filters: { id: customerId },
  })
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${customerId} was not found`)
  const email = customer.email as string

  const [{ data: orders }, { data: carts }] = await Promise.all([
    query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "status",
        "email",
        "currency_code",
        "created_at",
        "total",
        "items.id",
        "items.title",
        "items.product_id",
        "items.variant_sku",
        "items.quantity",
        "items.unit_price",
        ...ADDRESS_FIELDS.map((f) => `shipping_address.${f}`),
        ...ADDRESS_FIELDS.map((f) => `billing_address.${f}`),
      ],
      filters: { customer_id: customerId },
      pagination: { take: EXPORT_MAX_ROWS, order: { created_at: "DESC" } },
    }),
    query.graph({
      entity: "cart",
      fields: [
        "id",
        "email",
        "currency_code",
        "created_at",
        "completed_at",
        ...ADDRESS_FIELDS.map((f) => `shipping_address.${f}`),
        ...ADDRESS_FIELDS.map((f) => `billing_address.${f}`),
      ],
      filters: { customer_id: customerId },
      pagination: { take: EXPORT_MAX_ROWS, order: { created_at: "DESC" } },
    }),
  ])
  const orderIds = (orders as any[]).map((o) => o.id)

  const privacy: CustomerPrivacyModuleService = container.resolve(CUSTOMER_PRIVACY_MODULE)
  const loyalty = optionalService(container, LOYALTY_POINTS_MODULE)
  const inventoryAlert = optionalService(container, INVENTORY_ALERT_MODULE)
  const analytics = optionalService(container, ANALYTICS_REPORT_MODULE)
  const exceptions = optionalService(container, ORDER_EXCEPTION_MODULE)
  const timeline = optionalService(container, ORDER_TIMELINE_MODULE)

  const [
    consent,
    views,
    requests,
    loyaltyAccounts,
    loyaltyEntries,
    couponRedemptions,
    backInStock,
    customerFacts,
    segments,
    cases,
    fraud,
    notifications,
  ] = await Promise.all([
    privacy.getConsent(customerId),
    privacy.listRecentViews(customerId),
    privacy.listPrivacyRequests({ customer_id: customerId }, { take: EXPORT_MAX_ROWS, order: { created_at: "DESC" } }),
    list(loyalty, "listLoyaltyAccounts", { customer_id: customerId }),
    list(loyalty, "listLoyaltyEntries", { customer_id: customerId }, { order: { created_at: "DESC" } }),
    list(loyalty, "listCouponRedemptions", { $or: [{ customer_id: customerId }, { email }] }),
    list(
      inventoryAlert,
      "listBackInStockSubscriptions",
      { $or: [{ customer_id: customerId }, { email }] },
      {
        select: ["id", "variant_id", "sales_channel_id", "email", "status", "notified_at", "canceled_at", "created_at"],
      }
    ),
    list(analytics, "listAnalyticsCustomerFacts", { customer_id: customerId }),
    list(analytics, "listAnalyticsCustomerSegments", { customer_id: customerId }),
    list(exceptions, "listOrderExceptionCases", { $or: [{ customer_id: customerId }, { email }] }),
    list(exceptions, "listOrderFraudAssessments", { customer_id: customerId }),
    list(
      timeline,
      "listOrderNotificationDeliveries",
      orderIds.length ? { $or: [{ to: email }, { order_id: orderIds }] } : { to: email },
      { select: ["id", "template_key", "channel", "to", "order_id", "status", "created_at"] }
    ),
  ])

  return {
    exported_at: new Date().toISOString(),
    customer,
    addresses: customer.addresses ?? [],
    orders,
    carts,
    consent,
    product_views: views,
    privacy_requests: requests,
    loyalty: { accounts: loyaltyAccounts, entries: loyaltyEntries, coupon_redemptions: couponRedemptions },
    back_in_stock_subscriptions: backInStock,
    analytics: { customer_facts: customerFacts, segments },
    order_exceptions: cases,
    fraud_assessments: fraud,
    notifications,
    search_logs: { linked: false, note: "Search logs keep no customer, session or IP address." },
    limits: { max_rows_per_section: EXPORT_MAX_ROWS },
  }
}
