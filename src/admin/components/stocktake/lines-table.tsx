import {
  Button,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  DataTable,
  type DataTableFilteringState,
  type DataTablePaginationState,
  Input,
  Text,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useRecordStocktakeCounts, useStocktakeLines } from "../../hooks/use-stocktakes"
import { errorMessage, formatMoney, formatPoints } from "../../lib/format"
import type { StocktakeLine } from "../../lib/stocktake-types"
import { ErrorState } from "../common/query-states"
import { type CountDraft, CountDraftsContext, parseDraft, useCountDrafts } from "./count-drafts"

const PAGE_SIZE = 50

const CountCell = ({ line }: { line: StocktakeLine }) => {
  const { drafts, editable, setDraft } = useCountDrafts()
  const draft = drafts[line.id]?.text
  const value = draft ?? (line.counted_quantity === null ? "" : String(line.counted_quantity))
  if (!editable)
    return <Text size="small">{line.counted_quantity === null ? "—" : formatPoints(line.counted_quantity)}</Text>
  const invalid = draft !== undefined && draft.trim() !== "" && parseDraft(draft) === null
  return (
    <Input
      size="small"
      className="w-24"
      inputMode="numeric"
      aria-label={`Counted quantity of ${line.sku ?? line.inventory_item_id}`}
      aria-invalid={invalid}
      placeholder="Count"
      value={value}
      onClick={(e) => e.stopPropagation()}
      onChange={(e) => {
        const next = e.target.value
        const saved = line.counted_quantity === null ? "" : String(line.counted_quantity)
        setDraft(line, next === saved ? null : next)
      }}
    />
  )
}

const Variance = ({ line }: { line: StocktakeLine }) => {
  const { drafts } = useCountDrafts()
  const draft = drafts[line.id]?.text
  const counted = draft !== undefined ? parseDraft(draft) : line.counted_quantity
  if (counted === null)
    return (
      <Text size="small" className="text-ui-fg-muted">
        —
      </Text>
    )
  const variance = counted - line.expected_quantity
  const tone = variance > 0 ? "text-ui-tag-green-text" : variance < 0 ? "text-ui-tag-red-text" : "text-ui-fg-subtle"
  return (
    <div className="flex flex-col">
      <Text size="small" className={tone}>
        {formatPoints(variance, true)}
      </Text>
      {line.unit_cost !== null && line.currency_code && variance !== 0 && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {formatMoney(line.unit_cost * variance, line.currency_code)}
        </Text>
      )}
    </div>
  )
}

const columnHelper = createDataTableColumnHelper<StocktakeLine>()

const columns = [
  columnHelper.accessor("sku", {
    header: "Item",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <Text size="small" weight="plus">
          {row.original.sku ?? "No SKU"}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {row.original.title ?? row.original.inventory_item_id}
        </Text>
      </div>
    ),
  }),
  columnHelper.accessor("expected_quantity", {
    header: "Expected",
    cell: ({ getValue }) => formatPoints(getValue()),
  }),
  columnHelper.accessor("counted_quantity", {
    header: "Counted",
    cell: ({ row }) => <CountCell line={row.original} />,
  }),
  columnHelper.display({
    id: "variance",
    header: "Variance",
    cell: ({ row }) => <Variance line={row.original} />,
  }),
  columnHelper.accessor("applied_delta", {
    header: "Applied",
    cell: ({ getValue }) => (getValue() === null ? "—" : formatPoints(getValue(), true)),
  }),
]

const filterHelper = createDataTableFilterHelper<StocktakeLine>()
const filters = [
  filterHelper.accessor("counted_quantity", {
    type: "radio",
    label: "Counted",
    options: [
      { label: "Counted", value: "true" },
      { label: "Not counted", value: "false" },
    ],
  }),
]

/** The stocktake's lines, with an editable count per line while counting; edits are saved together. */
export const LinesTable = ({ stocktakeId, editable }: { stocktakeId: string; editable: boolean }) => {
  const [search, setSearch] = useState("")
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [drafts, setDrafts] = useState<Record<string, CountDraft>>({})
  const counted = (filtering.counted_quantity as "true" | "false" | undefined) ?? null
  const params = {
    q: search,
    counted,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  }
  const { data, isLoading, isPlaceholderData, isError, error, refetch } = useStocktakeLines(stocktakeId, params)
  const record = useRecordStocktakeCounts(stocktakeId)

  const context = useMemo(
    () => ({
      drafts,
      editable,
      setDraft: (line: { id: string; inventory_item_id: string }, text: string | null) =>
        setDrafts((current) => {
          const next = { ...current }
          if (text === null) delete next[line.id]
          else next[line.id] = { text, inventory_item_id: line.inventory_item_id }
          return next
        }),
    }),
    [drafts, editable]
  )

  const entries = Object.values(drafts).filter((d) => d.text.trim() !== "")
  const invalid = entries.filter((d) => parseDraft(d.text) === null).length

  const save = () =>
    record.mutate(
      entries.map((d) => ({ inventory_item_id: d.inventory_item_id, counted_quantity: parseDraft(d.text) as number })),
      {
        onSuccess: ({ updated }) => {
          toast.success(`${formatPoints(updated)} count${updated === 1 ? "" : "s"} saved`)
          setDrafts({})
        },
        onError: (e) => toast.error("Counts were not saved", { description: errorMessage(e) }),
      }
    )

  const table = useDataTable({
    columns,
    data: data?.stocktake_lines ?? [],
    rowCount: data?.count ?? 0,
    isLoading: isLoading || isPlaceholderData,
    getRowId: (row) => row.id,
    filters,
    filtering: {
      state: filtering,
      onFilteringChange: (state) => {
        setFiltering(state)
        setPagination((p) => ({ ...p, pageIndex: 0 }))
      },
    },
    search: {
      state: search,
      onSearchChange: (value) => {
        setSearch(value)
        setPagination((p) => ({ ...p, pageIndex: 0 }))
      },
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  if (isError) return <ErrorState error={error} onRetry={() => refetch()} title="Could not load the lines" />

  return (
    <CountDraftsContext.Provider value={context}>
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div className="flex items-center gap-x-2">
            <DataTable.FilterMenu tooltip="Filter lines" />
            <DataTable.Search placeholder="Search SKU or title" />
          </div>
          {editable && (
            <div className="flex items-center gap-x-2">
              {entries.length > 0 && (
                <Text size="small" className={invalid ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
                  {invalid
                    ? `${invalid} count${invalid === 1 ? " is" : "s are"} not a whole number from 0`
                    : `${entries.length} unsaved count${entries.length === 1 ? "" : "s"}`}
                </Text>
              )}
              {entries.length > 0 && (
                <Button size="small" variant="secondary" onClick={() => setDrafts({})} disabled={record.isPending}>
                  Discard
                </Button>
              )}
              <Button
                size="small"
                onClick={save}
                disabled={!entries.length || invalid > 0}
                isLoading={record.isPending}
              >
                Save counts
              </Button>
            </div>
          )}
        </DataTable.Toolbar>
        <DataTable.Table
          emptyState={{
            empty: { heading: "No lines", description: "This stocktake has no items." },
            filtered: { heading: "No matching lines", description: "Change the search or the filter." },
          }}
        />
        <DataTable.Pagination />
      </DataTable>
    </CountDraftsContext.Provider>
  )
}
