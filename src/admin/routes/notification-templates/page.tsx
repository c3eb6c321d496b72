import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Envelope } from "@medusajs/icons"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { ErrorState, LoadingState } from "../../components/common/query-states"
import { NotificationTemplateEditor } from "../../components/notification-template-editor"
import { useNotificationTemplates } from "../../hooks/notification-templates"
import { formatDate } from "../../lib/format"
import { TEMPLATE_LABELS } from "../../lib/order-timeline"

/** Customer notification templates: the text of each e-mail, editable with a preview. */
const NotificationTemplatesPage = () => {
  const { data, isLoading, isError, error, refetch } = useNotificationTemplates()
  const [selected, setSelected] = useState<string>("order_confirmation")
  const template = data?.notification_templates.find((t) => t.key === selected) ?? data?.notification_templates[0]

  return (
    <div className="flex flex-col gap-y-3">
      <div className="px-1 py-2">
        <Heading level="h1">Customer notifications</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          The messages customers get when their order is placed, shipped, delivered, canceled or refunded, and when a
          payment fails. Each is sent once per event.
        </Text>
      </div>
      {isLoading ? (
        <Container className="p-0">
          <LoadingState rows={6} label="Loading templates" />
        </Container>
      ) : isError ? (
        <Container className="p-0">
          <ErrorState error={error} onRetry={() => refetch()} title="Could not load the templates" />
        </Container>
      ) : (
        <div className="grid grid-cols-1 gap-3 lg:grid-cols-[280px_1fr]">
          <Container className="p-0">
            <ul className="divide-y" role="listbox" aria-label="Templates">
              {data!.notification_templates.map((t) => (
                <li key={t.key}>
                  <button
                    type="button"
                    role="option"
                    aria-selected={t.key === template?.key}
                    className={`flex w-full items-center justify-between gap-x-2 px-4 py-3 text-left ${
                      t.key === template?.key ? "bg-ui-bg-base-pressed" : "hover:bg-ui-bg-base-hover"
                    }`}
                    onClick={() => setSelected(t.key)}
                  >
                    <div className="flex flex-col">
                      <Text size="small" weight="plus" leading="compact">
                        {TEMPLATE_LABELS[t.key] ?? t.key}
                      </Text>
                      <Text size="xsmall" className="text-ui-fg-subtle">
                        Updated {formatDate(t.updated_at)}
                      </Text>
                    </div>
                    <Badge size="2xsmall" color={t.enabled ? "green" : "grey"}>
                      {t.enabled ? "On" : "Off"}
                    </Badge>
                  </button>
                </li>
              ))}
            </ul>
          </Container>
          {template && <NotificationTemplateEditor template={template} />}
        </div>
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Customer notifications", icon: Envelope })

export default NotificationTemplatesPage
