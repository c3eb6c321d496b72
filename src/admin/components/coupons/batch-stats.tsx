import { Text, Tooltip } from "@medusajs/ui"
import { formatPoints } from "../../lib/format"
import type { CouponBatchStats } from "../../lib/types"

const ORDER: (keyof CouponBatchStats)[] = ["unused", "applied", "redeemed", "revoked", "expired"]

const DESCRIPTIONS: Record<keyof CouponBatchStats, string> = {
  unused: "Can still be used",
  applied: "Held by a cart, order not placed yet",
  redeemed: "Used by a placed order",
  revoked: "Disabled by an admin",
  expired: "Past the batch's expiry date, never used",
}

/** Code counts per status, compact (table cell) or as a grid (detail header). */
export const BatchStats = ({ stats, layout = "inline" }: { stats?: CouponBatchStats; layout?: "inline" | "grid" }) => {
  if (!stats) return <Text size="small">—</Text>
  if (layout === "inline")
    return (
      <Text size="xsmall" className="text-ui-fg-subtle whitespace-nowrap">
        {ORDER.map((key) => `${formatPoints(stats[key])} ${key}`).join(" · ")}
      </Text>
    )
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-5">
      {ORDER.map((key) => (
        <Tooltip key={key} content={DESCRIPTIONS[key]}>
          <div className="bg-ui-bg-subtle flex flex-col rounded-lg px-3 py-2">
            <dt className="txt-compact-xsmall text-ui-fg-subtle capitalize">{key}</dt>
            <dd className="txt-compact-large-plus">{formatPoints(stats[key])}</dd>
          </div>
        </Tooltip>
      ))}
    </dl>
  )
}
