import { Badge, Button, Input, Select, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { EmptyState, ErrorState, LoadingState } from "../common/query-states"
import { backendUrl } from "../../lib/sdk"
import { type FixListParams, fixListQuery, useFixList } from "./api"
import { CHECK_LABELS } from "./check-labels"
import { ScoreBadge } from "./score-badge"

const ALL = "all"

/** The fix list: filters, most impactful first, paginated, with a CSV export of the same filters. */
export const FixListTable = ({ params, onChange }: { params: FixListParams; onChange: (next: FixListParams) => void }) => {
  const { data, isLoading, isError, error, refetch } = useFixList(params)
  const set = (patch: Partial<FixListParams>) => onChange({ ...params, offset: 0, ...patch })
  const bound = (v: string) => (v === "" ? undefined : Math.max(0, Math.min(100, Math.round(Number(v)))))
  const { limit, offset, ...filters } = params

  return (
    <div className="flex flex-col">
      <div className="flex flex-wrap items-end gap-3 px-6 py-4">
        <Select value={params.status ?? ALL} onValueChange={(v) => set({ status: v === ALL ? undefined : v })}>
          <Select.Trigger className="w-40" aria-label="Status">
            <Select.Value placeholder="Status" />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>Any status</Select.Item>
            {["published", "draft", "proposed", "rejected"].map((s) => (
              <Select.Item key={s} value={s}>
                {s}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Select value={params.check ?? ALL} onValueChange={(v) => set({ check: v === ALL ? undefined : v })}>
          <Select.Trigger className="w-56" aria-label="Failed check">
            <Select.Value placeholder="Failed check" />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>Any check</Select.Item>
            {Object.entries(CHECK_LABELS).map(([id, label]) => (
              <Select.Item key={id} value={id}>
                {label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Input
          className="w-28"
          type="number"
          min={0}
          max={100}
          placeholder="Min score"
          aria-label="Minimum score"
          value={params.min_score ?? ""}
          onChange={(e) => set({ min_score: bound(e.target.value) })}
        />
        <Input
          className="w-28"
          type="number"
          min={0}
          max={100}
          placeholder="Max score"
          aria-label="Maximum score"
          value={params.max_score ?? ""}
          onChange={(e) => set({ max_score: bound(e.target.value) })}
        />
        <Button size="small" variant="secondary" asChild>
          <a href={backendUrl(`/admin/catalog-quality/export?${fixListQuery(filters)}`)} download>
            Export CSV
          </a>
        </Button>
      </div>
      {isLoading ? (
        <LoadingState rows={5} label="Loading the fix list" />
      ) : isError || !data ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load the fix list" />
      ) : !data.products.length ? (
        <EmptyState title="Nothing to fix" description="No product matches these filters. Recompute if the catalog changed." />
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Product</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Units sold</Table.HeaderCell>
                <Table.HeaderCell>Score</Table.HeaderCell>
                <Table.HeaderCell>To fix</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.products.map((p) => (
                <Table.Row key={p.product_id}>
                  <Table.Cell>
                    <Link to={`/products/${p.product_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                      {p.title || p.handle || p.product_id}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={p.status === "published" ? "green" : "grey"}>
                      {p.status}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell className="text-right">{p.units_sold}</Table.Cell>
                  <Table.Cell>
                    <ScoreBadge score={p.score} />
                  </Table.Cell>
                  <Table.Cell className="max-w-[420px] whitespace-normal py-2">
                    <Text size="xsmall">
                      {p.failed_checks.map((f) => CHECK_LABELS[f.check] ?? f.check).join(", ") || "—"}
                    </Text>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Table.Pagination
            count={data.count}
            pageSize={limit}
            pageIndex={Math.floor(offset / limit)}
            pageCount={Math.max(1, Math.ceil(data.count / limit))}
            canPreviousPage={offset > 0}
            canNextPage={offset + limit < data.count}
            previousPage={() => onChange({ ...params, offset: Math.max(0, offset - limit) })}
            nextPage={() => onChange({ ...params, offset: offset + limit })}
          />
        </>
      )}
    </div>
  )
}
