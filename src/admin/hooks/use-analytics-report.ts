import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query"
import { filenameFromDisposition } from "../lib/analytics-format"
import { analyticsKeys } from "../lib/analytics-query-keys"
import type { ExportPart, ReportEnvelope, ReportParams } from "../lib/analytics-types"
import { sdk } from "../lib/sdk"

/** Rollups move with every order event: a report a minute old is fresh enough. */
const STALE_MS = 60_000

/** Only the filters that are set (the route's validator is strict about unknown or empty ones). */
export const reportQuery = (params: ReportParams) =>
  Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== "")) as Record<
    string,
    string | number
  >

/** One report's envelope (`GET /admin/reports/:report`). */
export const useAnalyticsReport = (report: string, params: ReportParams, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: analyticsKeys.report(report, params),
    queryFn: () => sdk.client.fetch<ReportEnvelope>(`/admin/reports/${report}`, { query: reportQuery(params) }),
    enabled: options.enabled ?? true,
    placeholderData: keepPreviousData,
    staleTime: STALE_MS,
  })

/** Save a blob under a file name through a temporary link. */
const saveBlob = (blob: Blob, filename: string) => {
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = filename
  link.style.display = "none"
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/**
 * Download a report as CSV (`GET /admin/reports/:report/export`) with the file name the server
 * gives in Content-Disposition. Fetched through the SDK (session cookie), so an error's message
 * reaches a toast instead of a broken file.
 */
export const useExportReport = (report: string) =>
  useMutation({
    mutationFn: async ({ params, part }: { params: ReportParams; part: ExportPart }) => {
      const query = reportQuery(params)
      // The export has no comparison; the validator accepts the report's query, so keep it as is.
      const response = await sdk.client.fetch<Response>(`/admin/reports/${report}/export`, {
        query: { ...query, part },
        headers: { accept: "text/csv" },
      })
      const blob = await response.blob()
      const filename = filenameFromDisposition(
        response.headers.get("content-disposition"),
        `${report}-${params.from}-${params.to}.csv`
      )
      saveBlob(blob, filename)
      return { filename, bytes: blob.size }
    },
  })
