import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ANALYTICS_REPORT_MODULE } from "../../modules/analytics-report"
import type AnalyticsReportModuleService from "../../modules/analytics-report/service"
import {
  planGroupMembership,
  RFM_SEGMENTS,
  rfmGroupName,
  type GroupMembershipPlan,
  type RfmSegment,
} from "../../modules/analytics-report/utils/rfm"
import { chunks } from "../../lib/sql"

export const syncSegmentGroupsWorkflowId = "analytics-sync-segment-groups"

/** One recompute or group sync at a time, whichever starts it (the nightly job, the admin route). */
export const SEGMENTS_LOCK_KEY = "analytics-segments"

export type SegmentGroupSyncResult = {
  /** Segment → customer group id. */
  groups: Record<string, string>
  groups_created: number
  added: number
  removed: number
}

type Compensation = { created_group_ids: string[]; plan: GroupMembershipPlan }

/**
 * Makes each "RFM: <segment>" customer group hold exactly the customers of
 * its segment: creates the missing groups, then adds and removes members by
 * diffing the current membership (so a second run with the same segments
 * changes nothing). These groups belong to the sync; a customer added to one
 * by hand is removed at the next sync. Customers deleted since their orders
 * are left out. The compensation reverts the membership changes and deletes
 * the groups this run created.
 */
export const syncSegmentGroupsStep = createStep(
  "analytics-sync-segment-groups-step",
  async (_input: void, { container }) => {
    const analytics: AnalyticsReportModuleService = container.resolve(ANALYTICS_REPORT_MODULE)
    const customers = container.resolve(Modules.CUSTOMER)

    const names = RFM_SEGMENTS.map(rfmGroupName)
    const existing = await customers.listCustomerGroups(
      { name: { $in: names } },
      { select: ["id", "name"], take: null }
    )
    const groupOf = {} as Record<RfmSegment, string>
    for (const segment of RFM_SEGMENTS) {
      const group = existing.find((g) => g.name === rfmGroupName(segment))
      if (group) groupOf[segment] = group.id
    }
    const missing = RFM_SEGMENTS.filter((s) => !groupOf[s])
    const created = missing.length
      ? await customers.createCustomerGroups(
          missing.map((segment) => ({
            name: rfmGroupName(segment),
            metadata: { rfm_segment: segment, managed_by: "analytics-rfm-sync" },
          }))
        )
      : []
    for (const group of created) {
      const segment = missing.find((s) => rfmGroupName(s) === group.name)!
      groupOf[segment] = group.id
    }

    const members = await analytics.segmentMembers()
    const live = new Set<string>()
    for (const part of chunks(
      members.map((m) => m.customer_id),
      1000
    )) {
      const found = await customers.listCustomers({ id: part }, { select: ["id"], take: null })
      found.forEach((c) => live.add(c.id))
    }
    const groupIds = Object.values(groupOf)
    const current: Record<string, string[]> = {}
    const links = await customers.listCustomerGroupCustomers(
      { customer_group_id: groupIds },
      { select: ["customer_id", "customer_group_id"], take: null }
    )
    for (const link of links) (current[link.customer_group_id] ??= []).push(link.customer_id)

    const plan = planGroupMembership(
      members.filter((m) => live.has(m.customer_id)),
      groupOf,
      current
    )
    const compensation: Compensation = { created_group_ids: created.map((g) => g.id), plan: { add: [], remove: [] } }
    for (const part of chunks(plan.remove, 1000)) {
      await customers.removeCustomerFromGroup(part)
      compensation.plan.remove.push(...part)
    }
    for (const part of chunks(plan.add, 1000)) {
      await customers.addCustomerToGroup(part)
      compensation.plan.add.push(...part)
    }
    return new StepResponse(
      {
        groups: { ...groupOf } as Record<string, string>,
        groups_created: created.length,
        added: plan.add.length,
        removed: plan.remove.length,
      },
      compensation
    )
  },
  async (compensation, { container }) => {
    if (!compensation) return
    const customers = container.resolve(Modules.CUSTOMER)
    for (const part of chunks(compensation.plan.add, 1000)) await customers.removeCustomerFromGroup(part)
    for (const part of chunks(compensation.plan.remove, 1000)) await customers.addCustomerToGroup(part)
    if (compensation.created_group_ids.length) await customers.deleteCustomerGroups(compensation.created_group_ids)
  }
)

/** The group sync on its own (the segments as they stand), under the segments lock. */
export const syncSegmentGroupsWorkflow = createWorkflow(syncSegmentGroupsWorkflowId, () => {
  acquireLockStep({ key: SEGMENTS_LOCK_KEY, timeout: 120, ttl: 1800 })
  const result = syncSegmentGroupsStep()
  releaseLockStep({ key: SEGMENTS_LOCK_KEY })
  return new WorkflowResponse(result)
})
