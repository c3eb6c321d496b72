import { ExclamationCircle } from "@medusajs/icons"
import { Button, Skeleton, Text } from "@medusajs/ui"
import { errorMessage } from "../../lib/format"

export const LoadingState = ({ rows = 3, label = "Loading" }: { rows?: number; label?: string }) => (
  <div className="flex flex-col gap-y-2 px-6 py-4" aria-busy="true" aria-label={label}>
    {Array.from({ length: rows }, (_, i) => (
      <Skeleton key={i} className="h-5 w-full" />
    ))}
  </div>
)

export const ErrorState = ({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) => (
  <div className="flex items-start justify-between gap-x-4 px-6 py-4" role="alert">
    <div className="flex items-start gap-x-2">
      <ExclamationCircle className="text-ui-fg-error mt-0.5 shrink-0" />
      <div>
        <Text size="small" weight="plus" leading="compact">
          {title ?? "Could not load this section"}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {errorMessage(error)}
        </Text>
      </div>
    </div>
    {onRetry && (
      <Button size="small" variant="secondary" onClick={onRetry}>
        Retry
      </Button>
    )}
  </div>
)

export const EmptyState = ({ title, description }: { title: string; description?: string }) => (
  <div className="flex flex-col items-center justify-center gap-y-1 px-6 py-8 text-center">
    <Text size="small" weight="plus" leading="compact">
      {title}
    </Text>
    {description && (
      <Text size="small" className="text-ui-fg-subtle">
        {description}
      </Text>
    )}
  </div>
)
