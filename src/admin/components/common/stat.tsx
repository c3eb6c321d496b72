import { Text, clx } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A label with a large figure, for balance and liability grids. */
export const Stat = ({
  label,
  value,
  hint,
  tone = "default",
}: {
  label: string
  value: ReactNode
  hint?: ReactNode
  tone?: "default" | "warning"
}) => (
  <div
    className={clx(
      "flex flex-col gap-y-1 rounded-lg px-3 py-2",
      tone === "warning" ? "bg-ui-tag-orange-bg border-ui-tag-orange-border border" : "bg-ui-bg-subtle"
    )}
  >
    <Text size="xsmall" className={tone === "warning" ? "text-ui-tag-orange-text" : "text-ui-fg-subtle"}>
      {label}
    </Text>
    <Text size="large" weight="plus" leading="compact">
      {value}
    </Text>
    {hint && (
      <Text size="xsmall" className={tone === "warning" ? "text-ui-tag-orange-text" : "text-ui-fg-muted"}>
        {hint}
      </Text>
    )}
  </div>
)
