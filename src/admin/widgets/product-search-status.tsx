import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { ErrorState, LoadingState } from "../components/common/query-states"
import type { ProductSearchState } from "../components/search/types"
import { useProductSearchDocument } from "../hooks/use-search-document"
import { formatDate, formatMoney, formatPoints } from "../lib/format"

const STATES: Record<ProductSearchState, { label: string; color: "green" | "orange" | "red" | "grey"; hint: string }> =
  {
    indexed: { label: "Indexed", color: "green", hint: "The store search shows this product as it is now." },
    stale: {
      label: "Updating",
      color: "orange",
      hint: "The product changed; its search document follows in a moment.",
    },
    missing: { label: "Missing", color: "red", hint: "Published but not in the index. Reindex from the Search page." },
    not_indexed: { label: "Not indexed", color: "grey", hint: "Only published products are searchable." },
    pending_removal: {
      label: "Leaving",
      color: "orange",
      hint: "No longer published; it is being removed from the index.",
    },
    unreachable: { label: "Unknown", color: "red", hint: "The search engine did not answer." },
  }

/** "Apparel > Shirts" rather than also "Apparel": the paths no other path extends. */
const leafPaths = (paths: string[]) => paths.filter((path) => !paths.some((other) => other.startsWith(`${path} > `)))

/** Product page: is the product in the store search, and with which prices, stock and categories. */
const ProductSearchStatusWidget = ({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const { data, isLoading, isError, error, refetch, isFetching } = useProductSearchDocument(product.id, {
    poll: false,
  })
  const status = data?.search_document
  const state = status ? STATES[status.state] : null
  const doc = status?.document

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Heading level="h2">Search</Heading>
          {state && (
            <Badge size="2xsmall" color={state.color} data-testid="product-search-state">
              {state.label}
            </Badge>
          )}
        </div>
        <Button size="small" variant="transparent" onClick={() => refetch()} isLoading={isFetching && !isLoading}>
          Refresh
        </Button>
      </div>
      {isLoading ? (
        <LoadingState rows={3} label="Loading the search status" />
      ) : isError || !status || !state ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load the search status" />
      ) : (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {status.error ?? state.hint}
          </Text>
          {doc && (
            <dl className="grid grid-cols-2 gap-x-4 gap-y-2">
              <Text size="xsmall" className="text-ui-fg-subtle" asChild>
                <dt>From price</dt>
              </Text>
              <Text size="xsmall" asChild>
                <dd>
                  {Object.entries((doc.prices ?? {}) as Record<string, number>)
                    .map(([currency, amount]) => formatMoney(amount, currency))
                    .join(" · ") || "—"}
                </dd>
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle" asChild>
                <dt>In stock</dt>
              </Text>
              <Text size="xsmall" asChild>
                <dd>
                  {doc.in_stock
                    ? `Yes (${(doc.in_stock_location_ids ?? []).length || "no"} stocked location${(doc.in_stock_location_ids ?? []).length === 1 ? "" : "s"})`
                    : "No"}
                </dd>
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle" asChild>
                <dt>Units sold</dt>
              </Text>
              <Text size="xsmall" asChild>
                <dd>{formatPoints(doc.units_sold)}</dd>
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle" asChild>
                <dt>Categories</dt>
              </Text>
              <Text size="xsmall" asChild>
                <dd>{leafPaths(doc.category_paths ?? []).join(", ") || "—"}</dd>
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle" asChild>
                <dt>Last indexed</dt>
              </Text>
              <Text size="xsmall" asChild>
                <dd>{formatDate(doc.indexed_at, true)}</dd>
              </Text>
            </dl>
          )}
          <Link to="/search" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover text-small">
            Search settings and analytics
          </Link>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.after" })

export default ProductSearchStatusWidget
