import { ArrowPath } from "@medusajs/icons"
import { Badge, Button, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { isRebuilding, useReindexSearchIndex, useSearchIndexStatus } from "../../hooks/use-search-status"
import { errorMessage, formatDate, formatPoints } from "../../lib/format"
import { ProgressBar } from "../common/progress-bar"
import { ErrorState, LoadingState } from "../common/query-states"
import { Stat } from "../common/stat"
import { formatLag, providerLabel } from "./format"
import type { SearchIndexStatus } from "./types"

const STATUS_COLOR: Record<SearchIndexStatus["status"], "green" | "orange" | "red" | "grey"> = {
  ready: "green",
  building: "orange",
  error: "red",
  pending: "grey",
}

/** Provider, documents, syncs, freshness and the rebuild of the product index. */
export const IndexStatusSection = ({ index = "product" }: { index?: string }) => {
  // Right after a rebuild starts, poll until its sync run shows up.
  const [startedAt, setStartedAt] = useState<number | null>(null)
  const { data, isLoading, isError, error, refetch } = useSearchIndexStatus(index, {
    poll: startedAt !== null && Date.now() - startedAt < 15_000,
  })
  const reindex = useReindexSearchIndex(index)
  const status = data?.search_index
  const rebuilding = isRebuilding(status)

  const startReindex = () =>
    reindex.mutate(undefined, {
      onSuccess: () => {
        setStartedAt(Date.now())
        toast.success("Rebuilding the index", {
          description: "Search keeps answering from the current version meanwhile.",
        })
      },
      onError: (e) => toast.error("Could not start the rebuild", { description: errorMessage(e) }),
    })

  return (
    <div className="divide-y">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Heading level="h2">Product index</Heading>
          {status && (
            <Badge size="2xsmall" color={STATUS_COLOR[status.status]} data-testid="search-index-status">
              {status.status}
            </Badge>
          )}
        </div>
        <Button
          size="small"
          variant="secondary"
          onClick={startReindex}
          isLoading={reindex.isPending}
          disabled={!status || rebuilding}
        >
          <ArrowPath />
          Reindex
        </Button>
      </div>
      {isLoading ? (
        <LoadingState rows={4} label="Loading the index status" />
      ) : isError || !status ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load the index status" />
      ) : (
        <>
          {status.progress && (
            <div className="px-6 py-4">
              <Text size="small" weight="plus" className="mb-2">
                Rebuilding (version {status.sync?.running_sync?.version})
              </Text>
              <ProgressBar
                value={status.progress.documents_synced}
                total={status.progress.expected ?? status.progress.documents_synced}
                label="Rebuild progress"
              />
            </div>
          )}
          <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-3 xl:grid-cols-6">
            <Stat
              label="Provider"
              value={providerLabel(status.provider.id)}
              tone={status.provider.reachable ? "default" : "warning"}
              hint={status.provider.reachable ? "Answering" : `Unreachable: ${status.provider.error ?? "no answer"}`}
            />
            <Stat
              label="Documents"
              value={<span data-testid="search-index-documents">{formatPoints(status.documents.indexed)}</span>}
              tone={
                status.documents.indexed !== null && status.documents.indexed !== status.documents.expected
                  ? "warning"
                  : "default"
              }
              hint={`${formatPoints(status.documents.expected)} published products`}
            />
            <Stat
              label="Last full sync"
              value={status.sync?.last_sync ? formatDate(status.sync.last_sync.completed_at, true) : "—"}
              hint={
                status.sync?.last_sync
                  ? `${formatPoints(status.sync.last_sync.documents_synced)} documents, version ${status.sync.last_sync.version}`
                  : "Never completed"
              }
            />
            <Stat
              label="Lag"
              value={formatLag(status.freshness.lag_ms)}
              tone={status.freshness.stale > 0 ? "warning" : "default"}
              hint={
                status.freshness.stale > 0
                  ? `${status.freshness.stale} of ${status.freshness.sampled} recent changes not indexed yet`
                  : `Last ${status.freshness.sampled} product changes indexed${status.freshness.last_indexed_at ? `, last write ${formatDate(status.freshness.last_indexed_at, true)}` : ""}`
              }
            />
            <Stat
              label="Failures (24 h)"
              value={formatPoints(status.sync?.failed_syncs_24h ?? 0)}
              tone={status.sync?.failed_syncs_24h ? "warning" : "default"}
              hint={
                status.sync?.last_failure
                  ? `Last: ${status.sync.last_failure.error ?? "unknown error"}`
                  : "No failed sync"
              }
            />
            <Stat
              label="Active version"
              value={status.sync?.active_version ?? "—"}
              hint={`Checked ${formatDate(status.checked_at, true)}`}
            />
          </div>
        </>
      )}
    </div>
  )
}
