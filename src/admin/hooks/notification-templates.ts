import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { notificationTemplateKeys, type NotificationTemplate, type TemplatePreview } from "../lib/order-timeline"
import { sdk } from "../lib/sdk"

export const useNotificationTemplates = () =>
  useQuery({
    queryKey: notificationTemplateKeys.list(),
    queryFn: () =>
      sdk.client.fetch<{ notification_templates: NotificationTemplate[]; count: number }>(
        "/admin/notification-templates"
      ),
  })

export type TemplateUpdate = Partial<Pick<NotificationTemplate, "subject" | "body" | "enabled" | "channel">>

export const useUpdateNotificationTemplate = (key: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: TemplateUpdate) =>
      sdk.client.fetch<{ notification_template: NotificationTemplate }>(`/admin/notification-templates/${key}`, {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationTemplateKeys.all }),
  })
}

/** Renders the given (possibly unsaved) text with a real order or the sample. */
export const usePreviewNotificationTemplate = (key: string) =>
  useMutation({
    mutationFn: (body: { order_id?: string; subject?: string; body?: string }) =>
      sdk.client.fetch<{ preview: TemplatePreview }>(`/admin/notification-templates/${key}/preview`, {
        method: "POST",
        body,
      }),
  })
