import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ExclamationCircle } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { CaseDrawer } from "../../components/order-exceptions/case-drawer"
import { CasesTable } from "../../components/order-exceptions/cases-table"
import { ExceptionSettingsDrawer } from "../../components/order-exceptions/settings-drawer"

/** Exception inbox: every order (or checkout) that went wrong, one case per cause. */
const OrderExceptionsPage = () => {
  const [searchParams, setSearchParams] = useSearchParams()
  const openId = searchParams.get("case")
  const setOpen = (id: string | null) =>
    setSearchParams(
      (params) => {
        if (id) params.set("case", id)
        else params.delete("case")
        return params
      },
      { replace: true }
    )
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h1">Order exceptions</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Failed and uncaptured payments, capture mismatches, oversold stock, pending refunds, late fulfillment or
            delivery, fraud risk. Cases close themselves when their cause is gone.
          </Text>
        </div>
        <ExceptionSettingsDrawer />
      </div>
      <CasesTable onOpen={setOpen} />
      <CaseDrawer id={openId} onClose={() => setOpen(null)} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Order exceptions", icon: ExclamationCircle })

export default OrderExceptionsPage
