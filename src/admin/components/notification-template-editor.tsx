import { Badge, Button, Container, Heading, Input, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useRef, useState } from "react"
import { usePreviewNotificationTemplate, useUpdateNotificationTemplate } from "../hooks/notification-templates"
import { errorMessage } from "../lib/format"
import { TEMPLATE_LABELS, type NotificationTemplate, type TemplatePreview } from "../lib/order-timeline"
import { FormField, SwitchField } from "./common/form-field"

/** Edits one template: subject, body, on/off; inserts variables; previews with the sample or a real order. */
export const NotificationTemplateEditor = ({ template }: { template: NotificationTemplate }) => {
  const [subject, setSubject] = useState(template.subject)
  const [body, setBody] = useState(template.body)
  const [orderId, setOrderId] = useState("")
  const [preview, setPreview] = useState<TemplatePreview | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const bodyRef = useRef<HTMLTextAreaElement>(null)
  const update = useUpdateNotificationTemplate(template.key)
  const render = usePreviewNotificationTemplate(template.key)

  useEffect(() => {
    setSubject(template.subject)
    setBody(template.body)
    setPreview(null)
    setProblem(null)
  }, [template.key, template.subject, template.body])

  const dirty = subject !== template.subject || body !== template.body

  const insert = (name: string) => {
    const el = bodyRef.current
    const token = `{{${name}}}`
    if (!el) return setBody((b) => b + token)
    const start = el.selectionStart ?? body.length
    const end = el.selectionEnd ?? body.length
    setBody(body.slice(0, start) + token + body.slice(end))
    requestAnimationFrame(() => {
      el.focus()
      el.setSelectionRange(start + token.length, start + token.length)
    })
  }

  const save = () =>
    update.mutate(
      { subject, body },
      {
        onSuccess: () => {
          setProblem(null)
          toast.success("Template saved")
        },
        onError: (e) => setProblem(errorMessage(e, "Could not save the template")),
      }
    )

  const runPreview = () =>
    render.mutate(
      { subject, body, ...(orderId.trim() ? { order_id: orderId.trim() } : {}) },
      {
        onSuccess: (r) => {
          setProblem(null)
          setPreview(r.preview)
        },
        onError: (e) => {
          setPreview(null)
          setProblem(errorMessage(e, "Could not render the preview"))
        },
      }
    )

  return (
    <Container className="divide-y p-0" data-testid="notification-template-editor">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Heading level="h2">{TEMPLATE_LABELS[template.key] ?? template.key}</Heading>
          <Badge size="2xsmall">{template.channel}</Badge>
        </div>
        <SwitchField id={`enabled-${template.key}`} label="Enabled">
          <Switch
            id={`enabled-${template.key}`}
            checked={template.enabled}
            disabled={update.isPending}
            onCheckedChange={(enabled) =>
              update.mutate(
                { enabled },
                { onError: (e) => toast.error(errorMessage(e, "Could not change the template")) }
              )
            }
          />
        </SwitchField>
      </div>
      <div className="flex flex-col gap-y-4 px-6 py-4">
        <FormField id="template-subject" label="Subject">
          <Input id="template-subject" value={subject} maxLength={300} onChange={(e) => setSubject(e.target.value)} />
        </FormField>
        <FormField id="template-body" label="Body" hint="Plain text. Variables are written {{name}}.">
          <Textarea
            id="template-body"
            ref={bodyRef}
            rows={10}
            value={body}
            maxLength={20000}
            onChange={(e) => setBody(e.target.value)}
          />
        </FormField>
        <div className="flex flex-col gap-y-2">
          <Text size="small" weight="plus">
            Variables
          </Text>
          <div className="flex flex-wrap gap-2">
            {Object.entries(template.variables).map(([name, help]) => (
              <Button
                key={name}
                size="small"
                variant="secondary"
                type="button"
                title={help}
                onClick={() => insert(name)}
              >
                {`{{${name}}}`}
              </Button>
            ))}
          </div>
        </div>
        {problem && (
          <Text size="small" className="text-ui-fg-error" role="alert" data-testid="template-problem">
            {problem}
          </Text>
        )}
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div className="flex items-end gap-x-2">
            <FormField id="preview-order" label="Preview with order" optional>
              <Input
                id="preview-order"
                placeholder="order_… (sample order when empty)"
                value={orderId}
                onChange={(e) => setOrderId(e.target.value)}
              />
            </FormField>
            <Button variant="secondary" onClick={runPreview} isLoading={render.isPending}>
              Preview
            </Button>
          </div>
          <div className="flex gap-x-2">
            <Button
              variant="secondary"
              disabled={update.isPending}
              onClick={() => {
                setSubject(template.default.subject)
                setBody(template.default.body)
              }}
            >
              Use default text
            </Button>
            <Button onClick={save} disabled={!dirty} isLoading={update.isPending}>
              Save
            </Button>
          </div>
        </div>
      </div>
      {preview && (
        <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="template-preview">
          <Text size="xsmall" className="text-ui-fg-subtle">
            {preview.sample ? "Rendered with a sample order" : `Rendered with order ${preview.order_id}`}
          </Text>
          <Text size="small" weight="plus">
            {preview.subject}
          </Text>
          <pre className="bg-ui-bg-subtle txt-small whitespace-pre-wrap rounded-md p-3 font-sans">{preview.body}</pre>
        </div>
      )}
    </Container>
  )
}
