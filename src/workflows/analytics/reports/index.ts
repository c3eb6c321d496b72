import type { ReportDefinition } from "../../../modules/analytics-report/types"
import { marketingReport } from "./marketing"
import { paymentsReport } from "./payments"
import { productsReport } from "./products"
import { salesReport } from "./sales"
import { cohortsReport } from "./cohorts"
import { customersReport } from "./customers"
import { inventoryReport } from "./inventory"

/**
 * Every report GET /admin/reports/:report serves, by name. A report is a
 * ReportDefinition (see modules/analytics-report/types.ts): its `build`
 * gets the validated query, settings, range, compare range and period
 * starts, and returns columns + one group per currency; the build-report
 * workflow wraps that into the shared envelope. Add a report by importing
 * its definition and adding one entry below.
 */
export const REPORTS: Record<string, ReportDefinition> = {
  sales: salesReport,
  products: productsReport,
  payments: paymentsReport,
  marketing: marketingReport,
  customers: customersReport,
  cohorts: cohortsReport,
  inventory: inventoryReport,
}

export const REPORT_NAMES = () => Object.keys(REPORTS)

export function getReport(name: string): ReportDefinition | undefined {
  return Object.prototype.hasOwnProperty.call(REPORTS, name) ? REPORTS[name] : undefined
}
