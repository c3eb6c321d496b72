import { ArrowDownTray } from "@medusajs/icons"
import { Button, DropdownMenu, toast } from "@medusajs/ui"
import { useExportReport } from "../../hooks/use-analytics-report"
import { errorMessage } from "../../lib/format"
import type { ExportPart, ReportParams } from "../../lib/analytics-types"

const PART_LABELS: Record<ExportPart, string> = { series: "Time series", rows: "Table rows" }

type Props = { report: string; params: ReportParams; parts: ExportPart[] }

/** "Download CSV": the export route, saved under the server's file name; a menu when there are two parts. */
export const ExportButton = ({ report, params, parts }: Props) => {
  const exporter = useExportReport(report)
  const run = async (part: ExportPart) => {
    try {
      const { filename } = await exporter.mutateAsync({ params, part })
      toast.success("CSV downloaded", { description: filename })
    } catch (e) {
      toast.error("Could not export the report", { description: errorMessage(e) })
    }
  }
  if (parts.length <= 1) {
    return (
      <Button size="small" variant="secondary" isLoading={exporter.isPending} onClick={() => run(parts[0] ?? "series")}>
        <ArrowDownTray />
        Download CSV
      </Button>
    )
  }
  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <Button size="small" variant="secondary" isLoading={exporter.isPending}>
          <ArrowDownTray />
          Download CSV
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="end">
        {parts.map((part) => (
          <DropdownMenu.Item key={part} onClick={() => run(part)}>
            {PART_LABELS[part]}
          </DropdownMenu.Item>
        ))}
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}
