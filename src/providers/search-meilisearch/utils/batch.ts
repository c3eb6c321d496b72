import { MedusaError } from "@medusajs/framework/utils"

export interface BatchLimits {
  /** Most documents in one payload. */
  max_documents: number
  /** Most bytes in one payload: the whole JSON array, brackets and commas included. */
  max_bytes: number
}

export interface DocumentBatch {
  /** The JSON array sent as the request body. */
  payload: string
  /** How many documents it holds. */
  count: number
  /** Its size in bytes (UTF-8). */
  bytes: number
}

/**
 * Packs already-serialized documents into JSON array payloads bounded by both
 * a document count and a byte size, keeping their order (a later write of the
 * same id must land after an earlier one). A single document too big for the
 * byte limit on its own is an error naming it, never a request the server
 * would reject with "payload too large".
 */
export function batchDocuments(documents: { id: string; json: string }[], limits: BatchLimits): DocumentBatch[] {
  if (!Number.isInteger(limits.max_documents) || limits.max_documents < 1) {
    throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "max_documents must be a positive integer")
  }
  if (!Number.isInteger(limits.max_bytes) || limits.max_bytes < 3) {
    throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, "max_bytes must be an integer of at least 3")
  }
  const batches: DocumentBatch[] = []
  let current: string[] = []
  // "[" + "]" around the documents, plus one comma between each two.
  let bytes = 2

  const flush = () => {
    if (!current.length) return
    batches.push({ payload: `[${current.join(",")}]`, count: current.length, bytes })
    current = []
    bytes = 2
  }

  for (const { id, json } of documents) {
    const size = Buffer.byteLength(json, "utf8")
    if (size + 2 > limits.max_bytes) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Search document "${id}" is ${size} bytes, more than the ${limits.max_bytes}-byte Meilisearch payload limit (max_batch_bytes)`
      )
    }
    const added = size + (current.length ? 1 : 0)
    if (current.length && (current.length >= limits.max_documents || bytes + added > limits.max_bytes)) {
      flush()
    }
    bytes += size + (current.length ? 1 : 0)
    current.push(json)
  }
  flush()
  return batches
}
