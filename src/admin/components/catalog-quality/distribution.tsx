import { Text } from "@medusajs/ui"
import type { ScoreBucket } from "./api"
import { scoreColor } from "./score-badge"

const BAR = { green: "bg-ui-tag-green-icon", orange: "bg-ui-tag-orange-icon", red: "bg-ui-tag-red-icon" } as const

/** Products per ten-point bucket, as horizontal bars. */
export const ScoreDistribution = ({ buckets }: { buckets: ScoreBucket[] }) => {
  const max = Math.max(1, ...buckets.map((b) => b.count))
  return (
    <div className="flex flex-col gap-y-1" aria-label="Score distribution">
      {[...buckets].reverse().map((b) => (
        <div key={b.from} className="grid grid-cols-[64px_1fr_48px] items-center gap-x-3">
          <Text size="xsmall" className="text-ui-fg-subtle">
            {b.from}–{b.to}
          </Text>
          <div className="bg-ui-bg-subtle h-2 rounded">
            <div className={`h-2 rounded ${BAR[scoreColor(b.from)]}`} style={{ width: `${(100 * b.count) / max}%` }} />
          </div>
          <Text size="xsmall" className="text-right">
            {b.count}
          </Text>
        </div>
      ))}
    </div>
  )
}
