import { createContext, useContext } from "react"

export type CountDraft = { text: string; inventory_item_id: string }

/** Counts typed into the lines table and not saved yet, by line id (kept across pages and searches). */
export type CountDrafts = {
  drafts: Record<string, CountDraft>
  editable: boolean
  setDraft: (line: { id: string; inventory_item_id: string }, text: string | null) => void
}

export const CountDraftsContext = createContext<CountDrafts>({ drafts: {}, editable: false, setDraft: () => undefined })

export const useCountDrafts = () => useContext(CountDraftsContext)

/** A whole number from 0, or null when the text is not one. */
export const parseDraft = (text: string): number | null => {
  if (!/^\d{1,10}$/.test(text.trim())) return null
  const value = Number(text.trim())
  return value <= 1_000_000_000 ? value : null
}
