import { ArrowUpTray } from "@medusajs/icons"
import { Alert, Button, Drawer, Text, Textarea, toast } from "@medusajs/ui"
import { type ChangeEvent, useState } from "react"
import { useUploadStocktakeCsv } from "../../hooks/use-stocktakes"
import { errorMessage, formatPoints } from "../../lib/format"
import { FormField } from "../common/form-field"

/** Characters accepted by the server (src/api/admin/stocktakes/validators.ts). */
const MAX_CSV_LENGTH = 5_000_000

const EXAMPLE = "sku,counted_quantity\nSHIRT-S-BLACK,12\nSHIRT-M-BLACK,0"

/** Splits "No counts were saved. 2 problems: line 3: …; line 5: …" into its problems, for a readable list. */
const problemsOf = (message: string) => {
  const [, list] = message.split(/problems?: /)
  return list ? list.split(/; (?=line \d+:|counts\[\d+\]:|and \d+ more)/) : []
}

/** Count sheet upload: a file or pasted text; all rows are checked first and nothing is saved on any error. */
export const CsvUploadDrawer = ({ stocktakeId }: { stocktakeId: string }) => {
  const [open, setOpen] = useState(false)
  const [csv, setCsv] = useState("")
  const [fileName, setFileName] = useState<string | null>(null)
  const upload = useUploadStocktakeCsv(stocktakeId)

  const onOpenChange = (next: boolean) => {
    if (!next) {
      setCsv("")
      setFileName(null)
      upload.reset()
    }
    setOpen(next)
  }

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ""
    if (!file) return
    if (file.size > MAX_CSV_LENGTH) {
      toast.error("The file is too large", { description: "Split it into files of at most 5 MB." })
      return
    }
    setCsv(await file.text())
    setFileName(file.name)
    upload.reset()
  }

  const submit = () =>
    upload.mutate(csv, {
      onSuccess: ({ updated }) => {
        toast.success(`${formatPoints(updated)} count${updated === 1 ? "" : "s"} saved from the sheet`)
        onOpenChange(false)
      },
      onError: (e) => toast.error("The sheet was not saved", { description: errorMessage(e).slice(0, 300) }),
    })

  const problems = upload.isError ? problemsOf(errorMessage(upload.error)) : []

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          <ArrowUpTray />
          Upload CSV
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Upload a count sheet</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">
            First row: the column names, <code>sku</code> (or <code>inventory_item_id</code>) and{" "}
            <code>counted_quantity</code>. Then one row per item with a whole number from 0. If any row is wrong,
            nothing is saved and every bad line is listed.
          </Text>
          {upload.isError && (
            <Alert variant="error" dismissible={false}>
              {problems.length ? (
                <div className="flex flex-col gap-y-1">
                  <Text size="small" weight="plus">
                    No counts were saved. Fix these lines and upload again:
                  </Text>
                  <ul className="list-disc pl-4">
                    {problems.map((problem, i) => (
                      <li key={i}>
                        <Text size="small">{problem}</Text>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : (
                errorMessage(upload.error)
              )}
            </Alert>
          )}
          <FormField id="stocktake-csv-file" label="File" optional hint={fileName ?? "A .csv file, at most 5 MB"}>
            <input
              id="stocktake-csv-file"
              type="file"
              accept=".csv,text/csv,text/plain"
              onChange={onFile}
              className="text-ui-fg-subtle txt-small"
            />
          </FormField>
          <FormField id="stocktake-csv-text" label="Or paste the sheet">
            <Textarea
              id="stocktake-csv-text"
              rows={12}
              className="font-mono"
              placeholder={EXAMPLE}
              value={csv}
              onChange={(e) => {
                setCsv(e.target.value)
                setFileName(null)
              }}
            />
          </FormField>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
            </Button>
          </Drawer.Close>
          <Button
            size="small"
            onClick={submit}
            disabled={!csv.trim() || csv.length > MAX_CSV_LENGTH}
            isLoading={upload.isPending}
          >
            Save counts
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
