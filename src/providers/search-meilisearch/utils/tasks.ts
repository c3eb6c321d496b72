import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

/** The fields of a Meilisearch task the provider reads. */
export interface TaskLike {
  uid: number
  status: string
  error?: { message: string; code?: string } | null
}

/** Meilisearch task status → Search Module task status (a canceled write did not go through). */
export function toSearchTaskStatus(status: string): SearchTypes.SearchTaskStatus {
  switch (status) {
    case "enqueued":
      return "enqueued"
    case "processing":
      return "processing"
    case "succeeded":
      return "succeeded"
    default:
      return "failed"
  }
}

/**
 * One write may take several Meilisearch tasks (one per payload batch), so a
 * Search Module task id is the comma-separated list of their uids.
 */
export function encodeTaskId(uids: number[]): string {
  return uids.join(",")
}

export function decodeTaskId(id: string | undefined): number[] {
  const uids = (id ?? "").split(",").map((part) => part.trim())
  if (!id || uids.some((part) => !/^\d+$/.test(part))) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${id}" is not a Meilisearch task id`)
  }
  return uids.map(Number)
}

export interface WaitOptions {
  timeout_ms: number
  interval_ms: number
  /** Injected in tests. */
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}

const TERMINAL = new Set(["succeeded", "failed", "canceled"])
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Polls until every task is finished. Resolves `succeeded` when all
 * succeeded, `failed` with the first failure's error otherwise, and throws when
 * `timeout_ms` passes first — answering "still processing" would let the
 * Search Module swap in a version whose documents are not there yet.
 */
export async function waitForTasks(
  fetchTasks: (uids: number[]) => Promise<TaskLike[]>,
  uids: number[],
  options: WaitOptions
): Promise<Pick<SearchTypes.SearchTask, "status" | "error">> {
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? defaultSleep
  const started = now()
  let pending = [...new Set(uids)]
  let failure: SearchTypes.SearchTask["error"] | undefined

  for (;;) {
    const tasks = new Map((await fetchTasks(pending)).map((task) => [task.uid, task]))
    const missing = pending.filter((uid) => !tasks.has(uid))
    if (missing.length) {
      return {
        status: "failed",
        error: { message: `Meilisearch has no task ${missing.join(", ")}`, code: "task_not_found" },
      }
    }
    for (const uid of pending) {
      const task = tasks.get(uid)!
      if (!failure && TERMINAL.has(task.status) && task.status !== "succeeded") {
        failure =
          task.status === "canceled"
            ? { message: `Meilisearch task ${uid} was canceled`, code: "task_canceled" }
            : {
                message: task.error?.message ?? `Meilisearch task ${uid} failed`,
                ...(task.error?.code ? { code: task.error.code } : {}),
              }
      }
    }
    pending = pending.filter((uid) => !TERMINAL.has(tasks.get(uid)!.status))
    if (!pending.length) {
      return failure ? { status: "failed", error: failure } : { status: "succeeded" }
    }
    if (now() - started >= options.timeout_ms) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Timed out after ${options.timeout_ms}ms waiting for Meilisearch task(s) ${pending.join(", ")}`
      )
    }
    await sleep(options.interval_ms)
  }
}
