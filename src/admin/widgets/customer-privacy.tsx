import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Button, Container, FocusModal, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { ErrorState, LoadingState } from "../components/common/query-states"
import { useCustomerPrivacy, useEraseCustomer, useExportCustomerData } from "../hooks/customer-privacy"

const Flag = ({ label, on }: { label: string; on: boolean }) => (
  <div className="flex items-center justify-between">
    <Text size="small">{label}</Text>
    <Badge size="2xsmall" color={on ? "green" : "grey"}>
      {on ? "Given" : "Not given"}
    </Badge>
  </div>
)

/** Customer page: consent flags, recently viewed products, data export and erasure. */
const CustomerPrivacyWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { data, isLoading, isError, error, refetch } = useCustomerPrivacy(customer.id)
  const exportData = useExportCustomerData(customer.id)
  const erase = useEraseCustomer(customer.id)
  const [open, setOpen] = useState(false)
  const [confirm, setConfirm] = useState("")
  const privacy = data?.customer_privacy
  const erased = customer.email?.endsWith("@invalid")
  const matches = confirm.trim().toLowerCase() === (customer.email ?? "").toLowerCase()

  const onErase = () =>
    erase.mutate(confirm, {
      onSuccess: () => {
        toast.success("Customer data erased")
        setOpen(false)
        setConfirm("")
      },
      onError: (e: Error) => toast.error(e.message),
    })

  return (
    <Container className="divide-y p-0" data-testid="customer-privacy">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Heading level="h2">Privacy</Heading>
        <div className="flex gap-x-2">
          <Button
            size="small"
            variant="secondary"
            isLoading={exportData.isPending}
            onClick={() => exportData.mutate(undefined, { onError: (e: Error) => toast.error(e.message) })}
          >
            Export data
          </Button>
          <Button size="small" variant="danger" disabled={erased} onClick={() => setOpen(true)}>
            Erase
          </Button>
        </div>
      </div>
      {isLoading ? (
        <LoadingState rows={2} label="Loading privacy" />
      ) : isError ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load privacy data" />
      ) : privacy ? (
        <>
          <div className="flex flex-col gap-y-2 px-6 py-4">
            <Flag label="Marketing e-mail" on={privacy.consent.marketing_email} />
            <Flag label="Personalisation" on={privacy.consent.personalisation} />
            {privacy.consent.updated_at && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                Set by {privacy.consent.source} on {new Date(privacy.consent.updated_at).toLocaleString()}
              </Text>
            )}
          </div>
          <div className="px-6 py-4">
            <Text size="small" weight="plus" className="mb-2">
              Recently viewed
            </Text>
            {privacy.recently_viewed.length ? (
              <ul className="flex flex-col gap-y-1">
                {privacy.recently_viewed.map((p) => (
                  <li key={p.id} className="flex items-center justify-between">
                    <Text size="small">{p.title}</Text>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {new Date(p.viewed_at).toLocaleDateString()} · {p.views}×{p.visible === false ? " · not published" : ""}
                    </Text>
                  </li>
                ))}
              </ul>
            ) : (
              <Text size="small" className="text-ui-fg-subtle">
                Nothing recorded.
              </Text>
            )}
          </div>
          {privacy.requests.length > 0 && (
            <div className="px-6 py-4">
              <Text size="small" weight="plus" className="mb-2">
                Privacy requests
              </Text>
              {privacy.requests.map((r) => (
                <Text key={r.id} size="xsmall" className="text-ui-fg-subtle">
                  {r.type} by {r.requested_by_type} on {new Date(r.created_at).toLocaleString()} — {r.status}
                </Text>
              ))}
            </div>
          )}
        </>
      ) : null}
      <FocusModal open={open} onOpenChange={setOpen}>
        <FocusModal.Content>
          <FocusModal.Header>
            <Button variant="danger" disabled={!matches} isLoading={erase.isPending} onClick={onErase}>
              Erase permanently
            </Button>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-col items-center py-16">
            <div className="flex w-full max-w-lg flex-col gap-y-4">
              <Heading>Erase this customer's personal data</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                This cannot be undone. Name, e-mail, phone and addresses are removed from the profile, orders and carts;
                browsing history and back-in-stock subscriptions are deleted; the customer can no longer log in. Orders,
                payments and points ledgers stay for accounting under an anonymised reference.
              </Text>
              <div className="flex flex-col gap-y-2">
                <Label htmlFor="erase-confirm">Type the customer's e-mail ({customer.email}) to confirm</Label>
                <Input id="erase-confirm" value={confirm} onChange={(e) => setConfirm(e.target.value)} autoComplete="off" />
              </div>
            </div>
          </FocusModal.Body>
        </FocusModal.Content>
      </FocusModal>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerPrivacyWidget
