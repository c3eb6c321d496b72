import {
  createDataTableColumnHelper,
  createDataTableCommandHelper,
  DataTable,
  type DataTablePaginationState,
  type DataTableRowSelectionState,
  Select,
  Text,
  toast,
  useDataTable,
  usePrompt,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { useRevokeCouponCodes } from "../../hooks/use-coupon-batches"
import { useCouponCodes } from "../../hooks/use-coupon-codes"
import { errorMessage, formatDate } from "../../lib/format"
import type { CouponCode, CouponCodeStatus } from "../../lib/types"
import { ErrorState } from "../common/query-states"
import { CodeStatusBadge } from "./status-badges"

const PAGE_SIZE = 50
const ALL = "all"
const STATUSES: CouponCodeStatus[] = ["unused", "applied", "redeemed", "revoked", "expired"]

const columnHelper = createDataTableColumnHelper<CouponCode>()
const commandHelper = createDataTableCommandHelper()

const columns = [
  columnHelper.select(),
  columnHelper.accessor("code", {
    header: "Code",
    cell: ({ getValue }) => (
      <Text size="small" className="font-mono">
        {getValue()}
      </Text>
    ),
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <CodeStatusBadge status={getValue()} />,
  }),
  columnHelper.accessor("customer_id", {
    header: "Customer",
    cell: ({ getValue }) =>
      getValue() ? (
        <Link to={`/customers/${getValue()}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
          View customer
        </Link>
      ) : (
        "—"
      ),
  }),
  columnHelper.accessor("order_id", {
    header: "Order",
    cell: ({ getValue }) =>
      getValue() ? (
        <Link to={`/orders/${getValue()}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
          View order
        </Link>
      ) : (
        "—"
      ),
  }),
  columnHelper.accessor("redeemed_at", {
    header: "Redeemed",
    cell: ({ getValue }) => formatDate(getValue(), true),
  }),
  columnHelper.accessor("expires_at", {
    header: "Expires",
    cell: ({ getValue }) => (getValue() ? formatDate(getValue()) : "Never"),
  }),
]

/** A batch's codes: status filter, code search, and revoking selected unused codes. */
export const CodesTable = ({ batchId, generating = false }: { batchId: string; generating?: boolean }) => {
  const [status, setStatus] = useState<CouponCodeStatus | null>(null)
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [selection, setSelection] = useState<DataTableRowSelectionState>({})
  const prompt = usePrompt()
  const revoke = useRevokeCouponCodes(batchId)

  const params = {
    status,
    q: search,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  }
  const { data, isLoading, isPlaceholderData, isError, error, refetch } = useCouponCodes(batchId, params, {
    poll: generating,
  })

  const commands = useMemo(
    () => [
      commandHelper.command({
        label: "Revoke",
        shortcut: "r",
        action: async (selected) => {
          const ids = Object.keys(selected).filter((id) => selected[id])
          const confirmed = await prompt({
            title: `Revoke ${ids.length} code${ids.length === 1 ? "" : "s"}?`,
            description:
              "Revoked codes can never be used again. Codes already applied to a cart or redeemed are not affected.",
            confirmText: "Revoke",
            cancelText: "Cancel",
            variant: "danger",
          })
          if (!confirmed) return
          try {
            const { revoked } = await revoke.mutateAsync({ code_ids: ids })
            toast.success(`${revoked} code${revoked === 1 ? "" : "s"} revoked`)
            setSelection({})
          } catch (e) {
            toast.error("Could not revoke the codes", { description: errorMessage(e) })
          }
        },
      }),
    ],
    [prompt, revoke]
  )

  const table = useDataTable({
    columns,
    data: data?.coupon_codes ?? [],
    rowCount: data?.count ?? 0,
    isLoading: isLoading || (isPlaceholderData && !generating),
    getRowId: (row) => row.id,
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
      // Only unused codes can be revoked.
      enableRowSelection: (row) => row.original.status === "unused",
    },
    commands,
  })

  return (
    <DataTable instance={table}>
      <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
        <Select
          size="small"
          value={status ?? ALL}
          onValueChange={(v) => {
            setStatus(v === ALL ? null : (v as CouponCodeStatus))
            setSelection({})
            setPagination((p) => ({ ...p, pageIndex: 0 }))
          }}
        >
          <Select.Trigger className="w-44" aria-label="Filter by status">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>All statuses</Select.Item>
            {STATUSES.map((s) => (
              <Select.Item key={s} value={s}>
                {s.charAt(0).toUpperCase() + s.slice(1)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <DataTable.Search placeholder="Search codes" />
      </DataTable.Toolbar>
      {isError ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load the codes" />
      ) : (
        <DataTable.Table
          emptyState={{
            empty: { heading: "No codes yet", description: "Codes appear here as they are generated." },
            filtered: { heading: "No matching codes", description: "Try another status or search." },
          }}
        />
      )}
      <DataTable.Pagination />
      <DataTable.CommandBar selectedLabel={(count) => `${count} selected`} />
    </DataTable>
  )
}
