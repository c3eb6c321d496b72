/**
 * The DataTable command bar listens for its shortcuts on the whole document, also while the user
 * types in a field (a search box, a quantity input). A command started that way is ignored;
 * clicking the command, or pressing its key on a row checkbox, still runs it.
 */
export const isTypingInField = () => {
  const el = document.activeElement
  if (!(el instanceof HTMLElement)) return false
  if (el.isContentEditable || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true
  return el instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit"].includes(el.type)
}
