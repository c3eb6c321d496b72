import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { type FixListParams, useFixList, useRecompute } from "../../components/catalog-quality/api"
import { ScoreDistribution } from "../../components/catalog-quality/distribution"
import { FixListTable } from "../../components/catalog-quality/fix-list"
import { errorMessage } from "../../lib/format"

/** Catalog health: how complete and consistent the catalog is, and what to fix first. */
const CatalogHealthPage = () => {
  const [params, setParams] = useState<FixListParams>({ limit: 20, offset: 0 })
  const overview = useFixList({ limit: 1, offset: 0 })
  const recompute = useRecompute()
  const summary = overview.data?.summary

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between gap-x-4 px-6 py-4">
          <div>
            <Heading level="h1">Catalog health</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Completeness and consistency score of every product (0–100). Published and selling products come first in the
              fix list.
            </Text>
          </div>
          <Button
            size="small"
            variant="secondary"
            isLoading={recompute.isPending}
            onClick={() =>
              recompute.mutate(undefined, {
                onSuccess: ({ recompute: r }) => toast.success(`Recomputed ${r.recomputed} product(s)`),
                onError: (e) => toast.error(errorMessage(e)),
              })
            }
          >
            Recompute all
          </Button>
        </div>
        <div className="grid grid-cols-1 gap-6 px-6 py-4 md:grid-cols-[200px_1fr]">
          <div className="flex flex-col gap-y-1">
            <Text size="small" className="text-ui-fg-subtle">
              Average score
            </Text>
            <Heading level="h2">{summary?.average_score ?? "—"}</Heading>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {summary ? `${summary.products} product(s) scored` : ""}
            </Text>
          </div>
          {overview.data && <ScoreDistribution buckets={overview.data.distribution} />}
        </div>
      </Container>
      <Container className="p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Fix list</Heading>
        </div>
        <FixListTable params={params} onChange={setParams} />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Catalog health", icon: ChartBar })

export default CatalogHealthPage
