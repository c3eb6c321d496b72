import { ArrowDownTray } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useRevokeCouponCodes } from "../../hooks/use-coupon-batches"
import { errorMessage, formatDate, formatPoints } from "../../lib/format"
import { backendUrl } from "../../lib/sdk"
import type { CouponBatch } from "../../lib/types"
import { ProgressBar } from "../common/progress-bar"
import { BatchStats } from "./batch-stats"
import { BatchStatusBadge } from "./status-badges"

/** A batch's settings, generation progress, usage and batch-wide actions. */
export const BatchHeader = ({ batch }: { batch: CouponBatch }) => {
  const prompt = usePrompt()
  const revoke = useRevokeCouponCodes(batch.id)
  const unused = batch.stats?.unused ?? 0

  const revokeAllUnused = async () => {
    const confirmed = await prompt({
      title: "Revoke all unused codes?",
      description: `${formatPoints(unused)} unused code${unused === 1 ? "" : "s"} of “${batch.name}” will stop working for good. Applied and redeemed codes are kept.`,
      confirmText: "Revoke all unused",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) return
    revoke.mutate(
      { all_unused: true },
      {
        onSuccess: ({ revoked }) => toast.success(`${formatPoints(revoked)} codes revoked`),
        onError: (error) => toast.error("Could not revoke the codes", { description: errorMessage(error) }),
      }
    )
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-3 px-6 py-4 md:flex-row md:items-start md:justify-between">
        <div className="flex flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Heading level="h1">{batch.name}</Heading>
            <BatchStatusBadge status={batch.status} />
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {formatPoints(batch.count)} codes for promotion {batch.promotion_code}
            {batch.prefix ? `, prefix ${batch.prefix}` : ""} · created {formatDate(batch.created_at)}
          </Text>
          <div className="flex flex-wrap gap-1">
            <Badge size="2xsmall">{batch.single_use ? "Single use" : "Multi use"}</Badge>
            {batch.once_per_customer && <Badge size="2xsmall">Once per customer</Badge>}
            <Badge size="2xsmall">{batch.expires_at ? `Expires ${formatDate(batch.expires_at)}` : "No expiry"}</Badge>
            {batch.exchange_points && (
              <Badge size="2xsmall" color="purple">
                Exchange for {formatPoints(batch.exchange_points)} points
              </Badge>
            )}
            {batch.customer_group_id && <Badge size="2xsmall">Customer group {batch.customer_group_id}</Badge>}
          </div>
        </div>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" asChild>
            <a href={backendUrl(`/admin/coupon-batches/${batch.id}/export`)} download={`coupons-${batch.id}.csv`}>
              <ArrowDownTray />
              Download CSV
            </a>
          </Button>
          <Button
            size="small"
            variant="danger"
            onClick={revokeAllUnused}
            disabled={unused === 0}
            isLoading={revoke.isPending}
          >
            Revoke all unused
          </Button>
        </div>
      </div>
      {batch.status === "generating" && (
        <div className="px-6 py-4">
          <ProgressBar value={batch.generated_count} total={batch.count} label="Generating codes" />
        </div>
      )}
      <div className="px-6 py-4">
        <BatchStats stats={batch.stats} layout="grid" />
      </div>
    </Container>
  )
}
