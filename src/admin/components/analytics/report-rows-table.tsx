import {
  createDataTableColumnHelper,
  DataTable,
  type DataTablePaginationState,
  type DataTableSortingState,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { formatMonth, formatValue, sortRows } from "../../lib/analytics-format"
import type { ReportColumn, ReportRecord } from "../../lib/analytics-types"

const PAGE_SIZE = 20

type Row = ReportRecord & { __row: number }

/** Where a row's label links to, from the ids it carries. */
const linkOf = (column: ReportColumn, row: ReportRecord) => {
  if ((column.key === "title" || column.key === "product_title") && typeof row.product_id === "string")
    return `/products/${row.product_id}`
  if ((column.key === "title" || column.key === "sku") && typeof row.inventory_item_id === "string")
    return `/inventory/${row.inventory_item_id}`
  if (column.key === "code" && typeof row.promotion_id === "string") return `/promotions/${row.promotion_id}`
  if (column.key === "reason_label" || column.key === "segment") return null
  return null
}

const isNumeric = (column: ReportColumn) => ["money", "count", "ratio", "days"].includes(column.type)

/** A retention ratio's cell tint (cohort matrix). */
const heat = (value: unknown) => {
  const share = Number(value)
  if (value === null || value === undefined || !Number.isFinite(share)) return undefined
  const pct = Math.round(Math.min(1, Math.max(0, share)) * 60)
  return { backgroundColor: `color-mix(in srgb, var(--tag-blue-icon) ${pct}%, transparent)` }
}

type Props = {
  rows: ReportRecord[]
  columns: ReportColumn[]
  currencyCode: string | null
  /** Tint ratio cells by value (cohort retention). */
  heatmap?: boolean
  emptyHeading?: string
}

/**
 * The report's ranked rows, one column per envelope column present in them (ids are used for links,
 * not shown), sortable by any column by its type, paged in the browser.
 */
export const ReportRowsTable = ({ rows, columns, currencyCode, heatmap = false, emptyHeading }: Props) => {
  const [sorting, setSorting] = useState<DataTableSortingState | null>(null)
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const visible = useMemo(() => {
    const shown = columns.filter((c) => !c.key.endsWith("_id"))
    return shown.length ? shown : columns
  }, [columns])

  const tableColumns = useMemo(() => {
    const helper = createDataTableColumnHelper<Row>()
    return visible.map((column) =>
      helper.accessor((row) => row[column.key], {
        id: column.key,
        header: column.label,
        enableSorting: true,
        sortLabel: column.label,
        sortAscLabel: isNumeric(column) ? "Lowest first" : "A–Z",
        sortDescLabel: isNumeric(column) ? "Highest first" : "Z–A",
        align: isNumeric(column) ? "right" : "left",
        cell: ({ row }) => {
          // Cohorts are months.
          const text =
            column.key === "cohort" && column.type === "date"
              ? formatMonth(row.original[column.key])
              : formatValue(row.original[column.key], column.type, currencyCode)
          const to = linkOf(column, row.original)
          if (to)
            return (
              <Link to={to} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                {text}
              </Link>
            )
          if (heatmap && column.type === "ratio")
            return (
              <span className="block rounded px-1" style={heat(row.original[column.key])}>
                {text}
              </span>
            )
          return text
        },
      })
    )
  }, [visible, currencyCode, heatmap])

  const sorted = useMemo(() => {
    const indexed = rows.map((row, i) => ({ ...row, __row: i }) as Row)
    if (!sorting) return indexed
    return sortRows(
      indexed,
      columns.find((c) => c.key === sorting.id),
      sorting.desc
    )
  }, [rows, columns, sorting])

  const page = sorted.slice(
    pagination.pageIndex * pagination.pageSize,
    (pagination.pageIndex + 1) * pagination.pageSize
  )

  const table = useDataTable({
    columns: tableColumns,
    data: page,
    rowCount: sorted.length,
    getRowId: (row) => String(row.__row),
    sorting: {
      state: sorting,
      onSortingChange: (next) => {
        setSorting(next)
        setPagination((p) => ({ ...p, pageIndex: 0 }))
      },
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="flex items-center justify-between gap-x-2">
        <Text size="xsmall" className="text-ui-fg-subtle">
          {rows.length} {rows.length === 1 ? "row" : "rows"}
          {sorting ? `, sorted by ${visible.find((c) => c.key === sorting.id)?.label ?? sorting.id}` : ", as ranked"}
        </Text>
        <DataTable.SortingMenu tooltip="Sort rows" />
      </DataTable.Toolbar>
      <DataTable.Table
        emptyState={{
          empty: {
            heading: emptyHeading ?? "Nothing in this range",
            description: "Try a longer range or other filters.",
          },
        }}
      />
      {sorted.length > PAGE_SIZE && <DataTable.Pagination />}
    </DataTable>
  )
}
