import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { runBackfill } from "../workflows/analytics/backfill"

/**
 * `npm run analytics:backfill [-- --batch=500] [--concurrency=2] [--restart] [--clear]`
 *
 * Builds analytics facts and rollups for every existing order. Resumes an
 * interrupted run unless --restart; --clear deletes all facts first.
 * ANALYTICS_BACKFILL_BATCH sets the batch size too.
 */
export default async function analyticsBackfill({ container, args = [] }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const flag = (name: string) => args.includes(`--${name}`)
  const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split("=")[1]
  const batchSize = Number(value("batch") ?? process.env.ANALYTICS_BACKFILL_BATCH ?? 500)
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error("--batch must be a positive integer")
  const concurrency = Number(value("concurrency") ?? process.env.ANALYTICS_BACKFILL_CONCURRENCY ?? 2)
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error("--concurrency must be a positive integer")
  await runBackfill(container, {
    batchSize,
    concurrency,
    restart: flag("restart"),
    clear: flag("clear"),
    log: (line) => logger.info(line),
  })
}
