import {
  createDataTableColumnHelper,
  createDataTableCommandHelper,
  createDataTableFilterHelper,
  DataTable,
  type DataTableFilteringState,
  type DataTablePaginationState,
  type DataTableRowSelectionState,
  Text,
  toast,
  useDataTable,
  usePrompt,
} from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { useOrderExceptions, useResolveOrderExceptions } from "../../hooks/use-order-exceptions"
import { errorMessage, formatMoney } from "../../lib/format"
import { ErrorState } from "../common/query-states"
import {
  CaseStatusBadge,
  formatAge,
  resolutionLabel,
  SeverityBadge,
  STATUS_LABELS,
  TYPE_LABELS,
  TypeBadge,
} from "./badges"
import { CASE_STATUSES, CASE_TYPES, type CaseStatus, type CaseType, type OrderException } from "./types"

const PAGE_SIZE = 20
/** Active cases by default: what still needs attention. */
const DEFAULT_FILTERS: DataTableFilteringState = { status: ["open", "in_progress"] }

/** Age buckets of the age filter, as [min, max] hours. */
const AGES: Record<string, [number | null, number | null]> = {
  lt1h: [null, 1],
  "1h-24h": [1, 24],
  "1d-7d": [24, 168],
  gt7d: [168, null],
}
const AGE_LABELS: Record<string, string> = {
  lt1h: "Under 1 hour",
  "1h-24h": "1–24 hours",
  "1d-7d": "1–7 days",
  gt7d: "Over 7 days",
}

const columnHelper = createDataTableColumnHelper<OrderException>()
const commandHelper = createDataTableCommandHelper()
const filterHelper = createDataTableFilterHelper<OrderException>()

const columns = [
  columnHelper.select(),
  columnHelper.accessor("severity", {
    header: "Severity",
    cell: ({ getValue }) => <SeverityBadge severity={getValue()} />,
  }),
  columnHelper.accessor("type", { header: "Type", cell: ({ getValue }) => <TypeBadge type={getValue()} /> }),
  columnHelper.accessor("summary", {
    header: "Case",
    cell: ({ row }) => (
      <div className="flex max-w-[420px] flex-col">
        <Text size="small" className="truncate">
          {row.original.summary}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {row.original.order
            ? `#${row.original.order.display_id} · ${formatMoney(row.original.order.total, row.original.order.currency_code)}`
            : "No order yet"}
          {row.original.occurrences > 1 ? ` · seen ${row.original.occurrences}×` : ""}
        </Text>
      </div>
    ),
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <CaseStatusBadge status={row.original.status} />
        {row.original.resolution && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {resolutionLabel(row.original.resolution)}
          </Text>
        )}
      </div>
    ),
  }),
  columnHelper.accessor("assignee", { header: "Assignee", cell: ({ getValue }) => getValue() ?? "—" }),
  columnHelper.accessor("age_seconds", { header: "Age", cell: ({ getValue }) => formatAge(getValue()) }),
]

const filters = [
  filterHelper.accessor("type", {
    type: "multiselect",
    label: "Type",
    searchable: false,
    options: CASE_TYPES.map((t) => ({ label: TYPE_LABELS[t], value: t })),
  }),
  filterHelper.accessor("status", {
    type: "multiselect",
    label: "Status",
    searchable: false,
    options: CASE_STATUSES.map((s) => ({ label: STATUS_LABELS[s], value: s })),
  }),
  filterHelper.accessor("age_seconds", {
    type: "select",
    label: "Age",
    options: Object.keys(AGES).map((k) => ({ label: AGE_LABELS[k], value: k })),
  }),
]

const values = <T extends string>(value: unknown, allowed: readonly T[]): T[] =>
  (Array.isArray(value) ? value : typeof value === "string" ? [value] : []).filter((v): v is T =>
    allowed.includes(v as T)
  )

const plural = (n: number) => `${n} case${n === 1 ? "" : "s"}`

/** The inbox: cases with type, status and age filters, bulk resolve / dismiss, and a drawer per case. */
export const CasesTable = ({ onOpen }: { onOpen: (id: string) => void }) => {
  const [filtering, setFiltering] = useState<DataTableFilteringState>(DEFAULT_FILTERS)
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [selection, setSelection] = useState<DataTableRowSelectionState>({})
  const prompt = usePrompt()
  const close = useResolveOrderExceptions()

  const ageKey = values(filtering.age_seconds, Object.keys(AGES))[0]
  const [minAge, maxAge] = ageKey ? AGES[ageKey] : [null, null]
  const params = {
    type: values<CaseType>(filtering.type, CASE_TYPES),
    status: values<CaseStatus>(filtering.status, CASE_STATUSES),
    order_id: null,
    min_age_hours: minAge,
    max_age_hours: maxAge,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  }
  const { data, isLoading, isPlaceholderData, isError, error, refetch } = useOrderExceptions(params)

  // Selected cases no longer listed are dropped, so a command never acts on rows the user cannot see.
  useEffect(() => {
    if (!data || isPlaceholderData) return
    const listed = new Set(data.order_exceptions.map((c) => c.id))
    setSelection((previous) => {
      const selected = Object.keys(previous).filter((id) => previous[id])
      if (selected.every((id) => listed.has(id))) return previous
      return Object.fromEntries(selected.filter((id) => listed.has(id)).map((id) => [id, true]))
    })
  }, [data, isPlaceholderData])

  const commands = useMemo(() => {
    const run = (to: "resolved" | "dismissed") => async (selected: DataTableRowSelectionState) => {
      const ids = Object.keys(selected).filter((id) => selected[id])
      const confirmed = await prompt({
        title: `${to === "resolved" ? "Resolve" : "Dismiss"} ${plural(ids.length)}?`,
        description: "Closed cases leave the active list. A cause that comes back later opens a new case.",
        confirmText: to === "resolved" ? "Resolve" : "Dismiss",
        cancelText: "Cancel",
      })
      if (!confirmed) return
      try {
        const { updated } = await close.mutateAsync({ ids, status: to })
        const skipped = ids.length - updated
        toast.success(`${plural(updated)} ${to}`, {
          description: skipped ? `${plural(skipped)} skipped: already closed` : undefined,
        })
        setSelection({})
      } catch (e) {
        toast.error("Could not close the cases", { description: errorMessage(e) })
      }
    }
    return [
      commandHelper.command({ label: "Resolve", shortcut: "r", action: run("resolved") }),
      commandHelper.command({ label: "Dismiss", shortcut: "d", action: run("dismissed") }),
    ]
  }, [close, prompt])

  const table = useDataTable({
    columns,
    data: data?.order_exceptions ?? [],
    rowCount: data?.count ?? 0,
    isLoading: isLoading || isPlaceholderData,
    getRowId: (row) => row.id,
    onRowClick: (_, row) => onOpen(row.id),
    filters,
    filtering: {
      state: filtering,
      onFilteringChange: (next) => {
        setFiltering(next)
        setPagination((p) => ({ ...p, pageIndex: 0 }))
      },
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
    rowSelection: {
      state: selection,
      onRowSelectionChange: setSelection,
      enableRowSelection: (row) => row.original.status === "open" || row.original.status === "in_progress",
    },
    commands,
  })

  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="flex items-center justify-between gap-2">
        <Text size="small" className="text-ui-fg-subtle">
          Select cases to resolve (r) or dismiss (d); click a case to work on it.
        </Text>
        <DataTable.FilterMenu tooltip="Filter cases" />
      </DataTable.Toolbar>
      {isError ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load the cases" />
      ) : (
        <DataTable.Table
          emptyState={{
            empty: { heading: "Nothing went wrong", description: "Cases appear when an order needs attention." },
            filtered: { heading: "No matching cases", description: "Try other filters." },
          }}
        />
      )}
      <DataTable.Pagination />
      <DataTable.CommandBar selectedLabel={(count) => `${count} selected`} />
    </DataTable>
  )
}
