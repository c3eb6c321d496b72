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
import { useInventoryAlerts, useTransitionInventoryAlerts } from "../../hooks/use-inventory-alerts"
import { errorMessage, formatDate } from "../../lib/format"
import type {
  InventoryAlert,
  InventoryAlertKind,
  InventoryAlertListParams,
  InventoryAlertSeverity,
  InventoryAlertStatus,
} from "../../lib/inventory-types"
import { ErrorState } from "../common/query-states"
import { AlertStatusBadge, KIND_LABELS, KindBadge, SeverityBadge } from "./badges"
import { isTypingInField } from "./command-guard"
import { ItemLink, locationLabel } from "./item-link"
import { formatQuantity } from "./quantities"

const PAGE_SIZE = 20
const STATUSES: InventoryAlertStatus[] = ["open", "acknowledged", "resolved"]
/** Active alerts by default: what still needs attention. */
const DEFAULT_FILTERS: DataTableFilteringState = { status: ["open", "acknowledged"] }

const columnHelper = createDataTableColumnHelper<InventoryAlert>()
const commandHelper = createDataTableCommandHelper()
const filterHelper = createDataTableFilterHelper<InventoryAlert>()

const columns = [
  columnHelper.select(),
  columnHelper.accessor("severity", {
    header: "Severity",
    cell: ({ getValue }) => <SeverityBadge severity={getValue()} />,
  }),
  columnHelper.accessor("inventory_item_id", {
    header: "Item",
    cell: ({ row }) => <ItemLink id={row.original.inventory_item_id} item={row.original.inventory_item} />,
  }),
  columnHelper.accessor("location_id", {
    header: "Location",
    cell: ({ row }) => locationLabel(row.original.location, row.original.location_id, row.original.scope_key),
  }),
  columnHelper.accessor("kind", {
    header: "Kind",
    cell: ({ getValue }) => <KindBadge kind={getValue()} />,
  }),
  columnHelper.accessor("current_quantity", {
    header: "Available / threshold",
    align: "right",
    cell: ({ row }) => (
      <div className="flex flex-col items-end">
        <Text size="small" weight="plus">
          {formatQuantity(row.original.current_quantity)} / {formatQuantity(row.original.threshold)}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {formatQuantity(row.original.raised_quantity)} when raised
        </Text>
      </div>
    ),
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <AlertStatusBadge status={row.original.status} />
        {row.original.resolution && (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {row.original.resolution === "recovered" ? "Stock recovered" : "Resolved by hand"}
          </Text>
        )}
      </div>
    ),
  }),
  columnHelper.accessor("raised_at", {
    header: "Raised",
    cell: ({ getValue }) => formatDate(getValue(), true),
  }),
]

const filters = [
  filterHelper.accessor("status", {
    type: "multiselect",
    label: "Status",
    searchable: false,
    options: STATUSES.map((s) => ({ label: s.charAt(0).toUpperCase() + s.slice(1), value: s })),
  }),
  filterHelper.accessor("kind", {
    type: "select",
    label: "Kind",
    options: (Object.keys(KIND_LABELS) as InventoryAlertKind[]).map((k) => ({ label: KIND_LABELS[k], value: k })),
  }),
  filterHelper.accessor("severity", {
    type: "select",
    label: "Severity",
    options: [
      { label: "Critical", value: "critical" },
      { label: "Warning", value: "warning" },
    ],
  }),
]

/** A filter's values (select and multiselect filters hold arrays). */
const values = <T extends string>(value: unknown, allowed: readonly T[]): T[] =>
  (Array.isArray(value) ? value : typeof value === "string" ? [value] : []).filter((v): v is T =>
    allowed.includes(v as T)
  )

const KINDS = Object.keys(KIND_LABELS) as InventoryAlertKind[]
const SEVERITIES: InventoryAlertSeverity[] = ["critical", "warning"]

/** The DataTable's filter state as the route's query parameters. */
const toParams = (filtering: DataTableFilteringState) => ({
  status: values(filtering.status, STATUSES),
  kind: values(filtering.kind, KINDS),
  severity: values(filtering.severity, SEVERITIES),
})

const plural = (n: number) => `${n} alert${n === 1 ? "" : "s"}`

/** Alerts with status, kind and severity filters, SKU/title search, and bulk acknowledge / resolve. */
export const AlertsTable = () => {
  const [filtering, setFiltering] = useState<DataTableFilteringState>(DEFAULT_FILTERS)
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [selection, setSelection] = useState<DataTableRowSelectionState>({})
  const prompt = usePrompt()
  const acknowledge = useTransitionInventoryAlerts("acknowledge")
  const resolve = useTransitionInventoryAlerts("resolve")

  const params: InventoryAlertListParams = {
    ...toParams(filtering),
    inventory_item_id: null,
    location_id: null,
    q: search,
    order: "-raised_at",
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  }
  const { data, isLoading, isPlaceholderData, isError, error, refetch } = useInventoryAlerts(params)

  // A search, filter, page change or refresh drops selected alerts that are no longer listed, so a
  // command never acts on rows the user cannot see.
  useEffect(() => {
    if (!data || isPlaceholderData) return
    const listed = new Set(data.inventory_alerts.map((a) => a.id))
    setSelection((previous) => {
      const selected = Object.keys(previous).filter((id) => previous[id])
      if (selected.every((id) => listed.has(id))) return previous
      return Object.fromEntries(selected.filter((id) => listed.has(id)).map((id) => [id, true]))
    })
  }, [data, isPlaceholderData])

  const commands = useMemo(() => {
    const selectedIds = (selected: DataTableRowSelectionState) => Object.keys(selected).filter((id) => selected[id])
    const report = (verb: string, requested: number, updated: number) => {
      const skipped = requested - updated
      toast.success(`${plural(updated)} ${verb}`, {
        description: skipped
          ? `${plural(skipped)} skipped: already ${verb === "acknowledged" ? "acknowledged or resolved" : "resolved"}`
          : undefined,
      })
    }
    return [
      commandHelper.command({
        label: "Acknowledge",
        shortcut: "a",
        action: async (selected) => {
          if (isTypingInField()) return
          const ids = selectedIds(selected)
          try {
            const { updated } = await acknowledge.mutateAsync({ ids })
            report("acknowledged", ids.length, updated)
            setSelection({})
          } catch (e) {
            toast.error("Could not acknowledge the alerts", { description: errorMessage(e) })
          }
        },
      }),
      commandHelper.command({
        label: "Resolve",
        shortcut: "r",
        action: async (selected) => {
          if (isTypingInField()) return
          const ids = selectedIds(selected)
          const confirmed = await prompt({
            title: `Resolve ${plural(ids.length)}?`,
            description:
              "Resolved alerts leave the active list. An item that is still low does not raise a new alert until its stock has recovered.",
            confirmText: "Resolve",
            cancelText: "Cancel",
          })
          if (!confirmed) return
          try {
            const { updated } = await resolve.mutateAsync({ ids })
            report("resolved", ids.length, updated)
            setSelection({})
          } catch (e) {
            toast.error("Could not resolve the alerts", { description: errorMessage(e) })
          }
        },
      }),
    ]
  }, [acknowledge, resolve, prompt])

  const table = useDataTable({
    columns,
    data: data?.inventory_alerts ?? [],
    rowCount: data?.count ?? 0,
    isLoading: isLoading || isPlaceholderData,
    getRowId: (row) => row.id,
    filters,
    filtering: {
      state: filtering,
      onFilteringChange: setFiltering,
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
    search: {
      state: search,
      onSearchChange: (q) => {
        setSearch(q)
        setPagination((p) => ({ ...p, pageIndex: 0 }))
      },
    },
    rowSelection: {
      state: selection,
      onRowSelectionChange: setSelection,
      // Resolved is final.
      enableRowSelection: (row) => row.original.status !== "resolved",
    },
    commands,
  })

  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
        <Text size="small" className="text-ui-fg-subtle">
          Select alerts to acknowledge (a) or resolve (r) them.
        </Text>
        <div className="flex items-center gap-x-2">
          <DataTable.FilterMenu tooltip="Filter alerts" />
          <DataTable.Search placeholder="Search SKU or title" />
        </div>
      </DataTable.Toolbar>
      {isError ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load the alerts" />
      ) : (
        <DataTable.Table
          emptyState={{
            empty: {
              heading: "No alerts",
              description: "Alerts are raised when available stock falls to its threshold.",
            },
            filtered: { heading: "No matching alerts", description: "Try other filters or another search." },
          }}
        />
      )}
      <DataTable.Pagination />
      <DataTable.CommandBar selectedLabel={(count) => `${count} selected`} />
    </DataTable>
  )
}
