import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BellAlert } from "@medusajs/icons"
import { Button, Container, Heading, Tabs, Text } from "@medusajs/ui"
import { Link, useSearchParams } from "react-router-dom"
import { AlertSummary } from "../../components/inventory/alert-summary"
import { AlertsTable } from "../../components/inventory/alerts-table"
import { SettingsDrawer } from "../../components/inventory/settings-drawer"
import { StockLedgerTable } from "../../components/inventory/stock-ledger-table"

type Tab = "alerts" | "ledger"

/** Inventory cockpit: alert summary and list (acknowledge / resolve), the stock ledger, and settings. */
const InventoryAlertsPage = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const tab: Tab = searchParams.get("tab") === "ledger" ? "ledger" : "alerts"
  /** The ledger of one item (linked from the item's stock control widget). */
  const ledgerItemId = searchParams.get("inventory_item_id")
  const onTabChange = (next: string) =>
    setSearchParams(
      (params) => {
        if (next === "ledger") params.set("tab", "ledger")
        else params.delete("tab")
        params.delete("inventory_item_id")
        return params
      },
      { replace: true }
    )

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between gap-x-4 px-6 py-4">
          <div>
            <Heading level="h1">Inventory alerts</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Items at or below their low-stock threshold, and every stock movement behind them.
            </Text>
          </div>
          <SettingsDrawer />
        </div>
        <AlertSummary />
      </Container>
      <Tabs value={tab} onValueChange={onTabChange}>
        <Tabs.List>
          <Tabs.Trigger value="alerts">Alerts</Tabs.Trigger>
          <Tabs.Trigger value="ledger">Stock ledger</Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="alerts" className="mt-3">
          <Container className="p-0">
            <AlertsTable />
          </Container>
        </Tabs.Content>
        <Tabs.Content value="ledger" className="mt-3">
          <Container className="divide-y p-0">
            {ledgerItemId && (
              <div className="flex items-center justify-between gap-x-4 px-6 py-3">
                <Text size="small">
                  Movements of one item only.{" "}
                  <Link
                    to={`/inventory/${ledgerItemId}`}
                    className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                  >
                    Open the item
                  </Link>
                </Text>
                <Button size="small" variant="secondary" onClick={() => onTabChange("ledger")}>
                  Show all items
                </Button>
              </div>
            )}
            <StockLedgerTable key={ledgerItemId ?? "all"} inventoryItemId={ledgerItemId} />
          </Container>
        </Tabs.Content>
      </Tabs>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Inventory alerts", icon: BellAlert })

export default InventoryAlertsPage
