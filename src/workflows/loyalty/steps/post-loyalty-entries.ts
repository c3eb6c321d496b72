import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_POINTS_MODULE } from "../../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../../modules/loyalty-points/service"
import type { PostEntryInput } from "../../../modules/loyalty-points/types"

export const postLoyaltyEntriesStepId = "loyalty-post-entries"

/**
 * Posts ledger entries in one transaction. Each posting is idempotent by its
 * (kind, source, source_id) key. The ledger is append-only, so there is no
 * compensation that deletes entries: a later failure is corrected by a
 * counter-posting, never by erasing history.
 */
export const postLoyaltyEntriesStep = createStep(
  postLoyaltyEntriesStepId,
  async (input: { entries: PostEntryInput[] }, { container }) => {
    if (!input.entries.length) return new StepResponse([])
    const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
    return new StepResponse(await loyalty.postEntries(input.entries))
  }
)
