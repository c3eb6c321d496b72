import type { ExportPart, ReportName, ReportParams } from "./analytics-types"

/**
 * How the page lays out each report. The envelope is generic (columns describe every field), so
 * this only picks what to chart first and which figures are costs; a key missing from a response
 * is simply not shown.
 */
export type ReportLayout = {
  name: ReportName
  label: string
  description: string
  /** Series keys offered in the line chart, the first shown by default. */
  seriesKeys: string[]
  /** A bar chart of the ranked rows: value key and label key. */
  bar?: { valueKey: string; labelKey: string; title: string }
  /** Server-side ranking choices (`sort`, first = default), when the report supports them. */
  sortOptions?: { value: string; label: string; order?: "asc" | "desc" }[]
  /** Labels of `order=desc` / `order=asc`. */
  orderLabels?: { desc: string; asc: string }
  /** Query fields the report always gets (cohorts are monthly and have no comparison). */
  fixedQuery?: Partial<ReportParams>
  /** The CSV parts the export offers. */
  exportParts: ExportPart[]
  /** The rows table's heading. */
  rowsTitle?: string
}

export const REPORTS: ReportLayout[] = [
  {
    name: "sales",
    label: "Sales",
    description: "Gross and net sales, discounts, refunds, orders and average order value.",
    seriesKeys: ["net_sales", "gross_sales", "orders", "average_order_value", "refunds", "discounts", "units"],
    exportParts: ["series"],
  },
  {
    name: "products",
    label: "Products",
    description: "Best and worst sellers by revenue or units, with returns and sell-through.",
    seriesKeys: [],
    bar: { valueKey: "revenue", labelKey: "title", title: "Revenue by product" },
    sortOptions: [
      { value: "revenue", label: "Revenue" },
      { value: "units", label: "Units" },
    ],
    orderLabels: { desc: "Top sellers", asc: "Bottom sellers" },
    exportParts: ["rows"],
    rowsTitle: "Products",
  },
  {
    name: "inventory",
    label: "Inventory",
    description: "Stock on hand and its value at cost, stock-outs, days of cover and dead stock.",
    seriesKeys: [],
    bar: { valueKey: "value_at_cost", labelKey: "title", title: "Stock value at cost" },
    sortOptions: [
      { value: "days_of_cover", label: "Days of cover", order: "asc" },
      { value: "value_at_cost", label: "Value at cost" },
      { value: "available", label: "Available" },
      { value: "stocked", label: "Stocked" },
      { value: "units_sold", label: "Units sold" },
      { value: "last_sold_at", label: "Last sold", order: "asc" },
    ],
    exportParts: ["rows"],
    rowsTitle: "Inventory items",
  },
  {
    name: "customers",
    label: "Customers",
    description: "New and returning customers, lifetime value and RFM segments.",
    seriesKeys: ["new_customers", "returning_customers"],
    bar: { valueKey: "customers", labelKey: "segment", title: "Customers by segment" },
    exportParts: ["series", "rows"],
    rowsTitle: "Segments",
  },
  {
    name: "cohorts",
    label: "Cohorts",
    description: "Share of each month's new customers who ordered again in the following months.",
    seriesKeys: [],
    fixedQuery: { granularity: "month", compare: "none" },
    exportParts: ["rows"],
    rowsTitle: "Retention by first-order month",
  },
  {
    name: "marketing",
    label: "Marketing",
    description: "Promotion uses, discount cost, attributed revenue, and loyalty points.",
    seriesKeys: [],
    bar: { valueKey: "attributed_revenue", labelKey: "code", title: "Attributed revenue by promotion" },
    sortOptions: [
      { value: "attributed_revenue", label: "Attributed revenue" },
      { value: "discount_cost", label: "Discount cost" },
      { value: "uses", label: "Orders" },
    ],
    exportParts: ["rows"],
    rowsTitle: "Promotions",
  },
  {
    name: "payments",
    label: "Payments",
    description: "Captured amounts, capture rate and refunds by reason.",
    seriesKeys: ["captured", "refunds"],
    bar: { valueKey: "amount", labelKey: "reason_label", title: "Refunds by reason" },
    exportParts: ["series", "rows"],
    rowsTitle: "Refunds by reason",
  },
]

export const reportLayout = (name: string) => REPORTS.find((r) => r.name === name)

export const isReportName = (value: string | null | undefined): value is ReportName =>
  REPORTS.some((r) => r.name === value)

/** Figures where a rise is bad news (shown red when they go up). */
export const LOWER_IS_BETTER = new Set([
  "discounts",
  "refunds",
  "canceled_orders",
  "returned_units",
  "return_rate",
  "failed_payments",
  "stock_outs",
  "dead_stock_items",
  "discount_cost",
  "loyalty_points_expired",
  "loyalty_liability",
])
