import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CUSTOMER_PRIVACY_MODULE } from "../../../modules/customer-privacy"
import type CustomerPrivacyModuleService from "../../../modules/customer-privacy/service"
import { INVENTORY_ALERT_MODULE } from "../../../modules/inventory-alert"
import { LOYALTY_POINTS_MODULE } from "../../../modules/loyalty-points"
import { ORDER_EXCEPTION_MODULE } from "../../../modules/order-exception"
import { ORDER_TIMELINE_MODULE } from "../../../modules/order-timeline"
import { optionalService } from "../utils"
import type { ErasureTarget } from "./prepare-erasure"

const ERASED = "[erased]"

/**
 * Our modules' personal data, through each module's generated CRUD:
 * browsing history deleted and consent withdrawn; back-in-stock
 * subscriptions (by customer and by e-mail) deleted; notification
 * recipients, exception-case and coupon-redemption e-mails cleared; fraud
 * assessments keep score, rules and weights (accounting, chargebacks) but
 * lose the e-mail and each rule's detail. Ledgers, facts and segments hold
 * only the customer id and amounts and stay. Irreversible by design: no
 * compensation. Safe to re-run (every change is keyed by customer or e-mail).
 */
export const eraseModuleDataStep = createStep(
  "customer-privacy-erase-module-data",
  async (target: ErasureTarget, { container }) => {
    const summary: Record<string, number> = {}
    const emails = [...new Set([target.email, target.email.toLowerCase()])]
    const privacy: CustomerPrivacyModuleService = container.resolve(CUSTOMER_PRIVACY_MODULE)
    summary.product_views = (await privacy.eraseCustomerData(target.customer_id)).product_views

    const inventoryAlert = optionalService(container, INVENTORY_ALERT_MODULE)
    if (inventoryAlert) {
      const subs = await inventoryAlert.listBackInStockSubscriptions(
        { $or: [{ customer_id: target.customer_id }, { email: emails }] },
        { select: ["id"], withDeleted: true }
      )
      if (subs.length) await inventoryAlert.deleteBackInStockSubscriptions(subs.map((s: any) => s.id))
      summary.back_in_stock_subscriptions = subs.length
    }

    const timeline = optionalService(container, ORDER_TIMELINE_MODULE)
    if (timeline) {
      const deliveries = await timeline.listOrderNotificationDeliveries({ to: emails }, { select: ["id"] })
      if (deliveries.length) {
        await timeline.updateOrderNotificationDeliveries(deliveries.map((d: any) => ({ id: d.id, to: null })))
      }
      summary.notification_recipients = deliveries.length
    }

    const exceptions = optionalService(container, ORDER_EXCEPTION_MODULE)
    if (exceptions) {
      const cases = await exceptions.listOrderExceptionCases(
        { $or: [{ customer_id: target.customer_id }, { email: emails }] },
        { select: ["id"] }
      )
      if (cases.length) await exceptions.updateOrderExceptionCases(cases.map((c: any) => ({ id: c.id, email: null })))
      summary.exception_cases = cases.length
      const assessments = await exceptions.listOrderFraudAssessments(
        { $or: [{ customer_id: target.customer_id }, { email: emails }] },
        { select: ["id", "reasons"] }
      )
      if (assessments.length) {
        await exceptions.updateOrderFraudAssessments(
          assessments.map((a: any) => ({
            id: a.id,
            email: null,
            reasons: (Array.isArray(a.reasons) ? a.reasons : []).map((r: any) => ({
              rule: r?.rule ?? null,
              weight: r?.weight ?? null,
              detail: ERASED,
            })),
          }))
        )
      }
      summary.fraud_assessments = assessments.length
    }

    const loyalty = optionalService(container, LOYALTY_POINTS_MODULE)
    if (loyalty?.listCouponRedemptions) {
      const redemptions = await loyalty.listCouponRedemptions(
        { $or: [{ customer_id: target.customer_id }, { email: emails }] },
        { select: ["id"] }
      )
      if (redemptions.length) {
        await loyalty.updateCouponRedemptions(redemptions.map((r: any) => ({ id: r.id, email: null })))
      }
      summary.coupon_redemptions = redemptions.length
    }
    return new StepResponse(summary)
  }
)
