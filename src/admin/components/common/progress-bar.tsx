import { Text } from "@medusajs/ui"
import { formatPoints } from "../../lib/format"

/** A determinate progress bar with "done / total" under it. */
export const ProgressBar = ({ value, total, label }: { value: number; total: number; label: string }) => {
  const share = total > 0 ? Math.min(1, Math.max(0, value / total)) : 0
  return (
    <div className="flex flex-col gap-y-1">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={value}
        className="bg-ui-bg-component h-2 w-full overflow-hidden rounded-full"
      >
        <div
          className="bg-ui-fg-interactive h-full rounded-full transition-[width] duration-500"
          style={{ width: `${Math.round(share * 100)}%` }}
        />
      </div>
      <Text size="xsmall" className="text-ui-fg-subtle">
        {formatPoints(value)} / {formatPoints(total)} ({Math.round(share * 100)}%)
      </Text>
    </div>
  )
}
