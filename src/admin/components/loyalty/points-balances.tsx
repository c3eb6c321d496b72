import { formatPoints } from "../../lib/format"
import type { LoyaltyAccount } from "../../lib/types"
import { Stat } from "../common/stat"

/** The account's buckets; debt is highlighted because future earnings pay it off first. */
export const PointsBalances = ({ account }: { account: LoyaltyAccount }) => (
  <div className="grid grid-cols-2 gap-3 px-6 py-4 xl:grid-cols-3">
    <Stat label="Available" value={formatPoints(account.points_available)} hint="Can be redeemed now" />
    <Stat label="Pending" value={formatPoints(account.points_pending)} hint="Earned, not yet released" />
    <Stat label="Reserved" value={formatPoints(account.points_reserved ?? 0)} hint="Held by open carts" />
    <Stat label="Lifetime earned" value={formatPoints(account.lifetime_earned)} />
    {account.points_debt > 0 ? (
      <Stat
        tone="warning"
        label="Debt"
        value={formatPoints(account.points_debt)}
        hint="Points reversed (refund or cancel) after they were spent. Future earnings pay this off before the customer can redeem again."
      />
    ) : (
      <Stat label="Debt" value="0" hint="Nothing owed" />
    )}
  </div>
)
