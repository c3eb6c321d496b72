import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useProductQuality } from "../components/catalog-quality/api"
import { CHECK_LABELS } from "../components/catalog-quality/check-labels"
import { ScoreBadge } from "../components/catalog-quality/score-badge"
import { ErrorState, LoadingState } from "../components/common/query-states"

/** Product page: the product's quality score as of now and what to fix, heaviest first. */
const ProductQualityWidget = ({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const { data, isLoading, isError, error, refetch, isFetching } = useProductQuality(product.id)
  const q = data?.product_quality
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Heading level="h2">Quality</Heading>
          {q && <ScoreBadge score={q.score} />}
        </div>
        <Button size="small" variant="transparent" onClick={() => refetch()} isLoading={isFetching && !isLoading}>
          Refresh
        </Button>
      </div>
      {isLoading ? (
        <LoadingState rows={3} label="Loading the quality score" />
      ) : isError || !q ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load the quality score" />
      ) : (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          {q.publish_gate.enabled && !q.publish_gate.passes && (
            <Text size="small" className="text-ui-fg-error">
              Below the publish minimum of {q.publish_gate.min_score}: this product cannot be published yet.
            </Text>
          )}
          {q.failed_checks.length ? (
            <ul className="flex flex-col gap-y-2">
              {q.failed_checks.map((f) => (
                <li key={f.check}>
                  <Text size="small" weight="plus">
                    {CHECK_LABELS[f.check] ?? f.check} <span className="text-ui-fg-muted">(−{f.weight})</span>
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {f.message}. {f.fix}.
                  </Text>
                  {f.related_product_ids?.map((id) => (
                    <Link key={id} to={`/products/${id}`} className="text-ui-fg-interactive text-xsmall mr-2">
                      {id}
                    </Link>
                  ))}
                </li>
              ))}
            </ul>
          ) : (
            <Text size="small" className="text-ui-fg-subtle">
              Every check passes.
            </Text>
          )}
          <Link to="/catalog-health" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover text-small">
            Catalog health
          </Link>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.after" })

export default ProductQualityWidget
