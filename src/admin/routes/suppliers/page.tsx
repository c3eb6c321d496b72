import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront, Plus } from "@medusajs/icons"
import { Button, Container, type DataTablePaginationState, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { ErrorState } from "../../components/common/query-states"
import { SupplierDrawer } from "../../components/purchasing/supplier-drawer"
import { SuppliersTable } from "../../components/purchasing/suppliers-table"
import { useSuppliers } from "../../hooks/use-purchasing-suppliers"

const PAGE_SIZE = 20

/** Suppliers: contact, lead time, minimum order, and their cost price per item. */
const SuppliersPage = () => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [search, setSearch] = useState("")
  const [q, setQ] = useState("")
  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(search)
      setPagination((p) => ({ ...p, pageIndex: 0 }))
    }, 300)
    return () => clearTimeout(timer)
  }, [search])
  const params = { q, limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize }
  const { data, isLoading, isPlaceholderData, isError, error, refetch } = useSuppliers(params)

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Suppliers</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Who you buy stock from, how long they take, and what they charge.
          </Text>
        </div>
        <SupplierDrawer
          trigger={
            <Button size="small" variant="secondary">
              <Plus />
              Create supplier
            </Button>
          }
        />
      </div>
      {isError ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load suppliers" />
      ) : (
        <SuppliersTable
          suppliers={data?.suppliers ?? []}
          count={data?.count ?? 0}
          isLoading={isLoading || isPlaceholderData}
          pagination={pagination}
          onPaginationChange={setPagination}
          search={search}
          onSearchChange={setSearch}
        />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Suppliers", icon: BuildingStorefront })

export default SuppliersPage
