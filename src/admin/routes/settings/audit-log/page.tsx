import { defineRouteConfig } from "@medusajs/admin-sdk"
import {
  Badge,
  Container,
  createDataTableColumnHelper,
  DataTable,
  type DataTablePaginationState,
  Heading,
  Select,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useState } from "react"
import { ErrorState } from "../../../components/common/query-states"
import { type AuditLogEntry, useAuditLog } from "../../../hooks/use-audit-log"
import { formatDate } from "../../../lib/format"

const PAGE_SIZE = 25
const columnHelper = createDataTableColumnHelper<AuditLogEntry>()

const columns = [
  columnHelper.accessor("created_at", { header: "When", cell: ({ getValue }) => formatDate(getValue(), true) }),
  columnHelper.accessor("actor_id", {
    header: "Who",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <Text size="small">{row.original.actor_id ?? "—"}</Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {[row.original.actor_type, row.original.ip].filter(Boolean).join(" · ")}
        </Text>
      </div>
    ),
  }),
  columnHelper.accessor("route", {
    header: "Action",
    cell: ({ row }) => (
      <div className="flex items-center gap-x-2">
        <Badge
          size="2xsmall"
          color={row.original.method === "DELETE" ? "red" : row.original.method === "GET" ? "blue" : "grey"}
        >
          {row.original.method === "GET" ? "EXPORT" : row.original.method}
        </Badge>
        <Text size="small" className="font-mono">
          {row.original.route}
        </Text>
      </div>
    ),
  }),
  columnHelper.accessor("resource_id", { header: "Resource", cell: ({ getValue }) => getValue() ?? "—" }),
  columnHelper.accessor("input", {
    header: "Input",
    cell: ({ getValue }) => {
      const text = getValue() == null ? "" : JSON.stringify(getValue())
      return (
        <Text size="xsmall" className="text-ui-fg-subtle max-w-[360px] truncate font-mono" title={text}>
          {text || "—"}
        </Text>
      )
    },
  }),
]

/** Settings → Audit log: who changed what in the admin, and every data export. */
const AuditLogPage = () => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [method, setMethod] = useState("all")
  const params = {
    method: method === "all" ? undefined : method,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  }
  const { data, isLoading, isPlaceholderData, isError, error, refetch } = useAuditLog(params)
  const table = useDataTable({
    columns,
    data: data?.audit_log_entries ?? [],
    rowCount: data?.count ?? 0,
    isLoading: isLoading || isPlaceholderData,
    getRowId: (row) => row.id,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Audit log</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Every change made in the admin and every data export, with who made it. Secrets are never recorded.
          </Text>
        </div>
        <div className="w-[180px]">
          <Select
            size="small"
            value={method}
            onValueChange={(value) => {
              setMethod(value)
              setPagination((p) => ({ ...p, pageIndex: 0 }))
            }}
          >
            <Select.Trigger aria-label="Action type">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">All actions</Select.Item>
              <Select.Item value="POST">Changes</Select.Item>
              <Select.Item value="DELETE">Deletions</Select.Item>
              <Select.Item value="GET">Exports</Select.Item>
            </Select.Content>
          </Select>
        </div>
      </div>
      {isError ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load the audit log" />
      ) : (
        <DataTable instance={table}>
          <DataTable.Table
            emptyState={{
              empty: { heading: "Nothing recorded yet", description: "Admin changes and exports appear here." },
              filtered: { heading: "No matching entries" },
            }}
          />
          <DataTable.Pagination />
        </DataTable>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Audit log" })

export default AuditLogPage
