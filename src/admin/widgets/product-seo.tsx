import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Label, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { type ProductSeo, useProductSeo, useUpdateProductSeo } from "../components/catalog-quality/api"
import { ErrorState, LoadingState } from "../components/common/query-states"
import { errorMessage } from "../lib/format"

const TITLE_MAX = 60
const DESCRIPTION_MAX = 160

const Counter = ({ value, max }: { value: string; max: number }) => {
  const n = [...value.trim()].length
  return (
    <Text size="xsmall" className={n > max ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
      {n} / {max}
      {n > max ? " — search engines will cut it" : ""}
    </Text>
  )
}

/** Product page: meta title and description with length guidance, canonical handle, noindex. */
const ProductSeoWidget = ({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const { data, isLoading, isError, error, refetch } = useProductSeo(product.id)
  const update = useUpdateProductSeo(product.id)
  const [form, setForm] = useState({ meta_title: "", meta_description: "", canonical_handle: "", noindex: false })
  const seo: ProductSeo | undefined = data?.product_seo
  useEffect(() => {
    if (seo)
      setForm({
        meta_title: seo.meta_title ?? "",
        meta_description: seo.meta_description ?? "",
        canonical_handle: seo.canonical_handle ?? "",
        noindex: seo.noindex,
      })
  }, [seo])

  const save = () =>
    update.mutate(
      {
        meta_title: form.meta_title.trim() || null,
        meta_description: form.meta_description.trim() || null,
        canonical_handle: form.canonical_handle.trim() || null,
        noindex: form.noindex,
      },
      { onSuccess: () => toast.success("SEO fields saved"), onError: (e) => toast.error(errorMessage(e)) }
    )

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">SEO</Heading>
      </div>
      {isLoading ? (
        <LoadingState rows={3} label="Loading the SEO fields" />
      ) : isError || !seo ? (
        <ErrorState error={error} onRetry={() => refetch()} title="Could not load the SEO fields" />
      ) : (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="seo-title" size="small">
              Meta title
            </Label>
            <Input
              id="seo-title"
              value={form.meta_title}
              placeholder={product.title}
              maxLength={300}
              onChange={(e) => setForm({ ...form, meta_title: e.target.value })}
            />
            <Counter value={form.meta_title} max={TITLE_MAX} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="seo-description" size="small">
              Meta description
            </Label>
            <Textarea
              id="seo-description"
              value={form.meta_description}
              maxLength={1000}
              onChange={(e) => setForm({ ...form, meta_description: e.target.value })}
            />
            <Counter value={form.meta_description} max={DESCRIPTION_MAX} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="seo-handle" size="small">
              Canonical handle
            </Label>
            <Input
              id="seo-handle"
              value={form.canonical_handle}
              placeholder={product.handle ?? ""}
              maxLength={200}
              onChange={(e) => setForm({ ...form, canonical_handle: e.target.value })}
            />
            <Text size="xsmall" className="text-ui-fg-subtle">
              Lower-case words joined by hyphens; empty uses the product handle.
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <Switch id="seo-noindex" checked={form.noindex} onCheckedChange={(noindex) => setForm({ ...form, noindex })} />
            <Label htmlFor="seo-noindex" size="small">
              Hide from search engines (noindex, left out of the sitemap)
            </Label>
          </div>
          <div className="flex justify-end">
            <Button size="small" onClick={save} isLoading={update.isPending}>
              Save
            </Button>
          </div>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductSeoWidget
