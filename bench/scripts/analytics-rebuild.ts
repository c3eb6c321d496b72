import type { ExecArgs } from "@medusajs/framework/types"
import { ANALYTICS_REPORT_MODULE } from "../../src/modules/analytics-report"
import type AnalyticsReportModuleService from "../../src/modules/analytics-report/service"

/** Rebuilds every daily rollup from the facts (the module's own rebuild). Prints BENCH_RESULT {json}. */
export default async function analyticsRebuildBench({ container }: ExecArgs) {
  const service: AnalyticsReportModuleService = container.resolve(ANALYTICS_REPORT_MODULE)
  const started = performance.now()
  const result = await service.rebuildRollups()
  process.stdout.write(`BENCH_RESULT ${JSON.stringify({ ...result, seconds: (performance.now() - started) / 1000 })}\n`)
}
