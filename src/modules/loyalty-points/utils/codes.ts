import crypto from "node:crypto"

/** No 0/O, 1/I/L: codes are read aloud and typed from paper. */
export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

/**
 * A random code: `prefix` then groups of random characters, e.g.
 * PREFIX-XXXX-XXXX. Uses rejection sampling so every character is equally likely.
 */
export function randomCode(prefix: string | null | undefined, groups = 2, groupSize = 4) {
  const chars: string[] = []
  const limit = 256 - (256 % CODE_ALPHABET.length)
  while (chars.length < groups * groupSize) {
    for (const byte of crypto.randomBytes(groups * groupSize * 2)) {
      if (byte < limit && chars.length < groups * groupSize) chars.push(CODE_ALPHABET[byte % CODE_ALPHABET.length])
    }
  }
  const body = Array.from({ length: groups }, (_, g) => chars.slice(g * groupSize, (g + 1) * groupSize).join("")).join(
    "-"
  )
  return prefix ? `${prefix}-${body}` : body
}

/** `count` distinct codes (duplicates inside the set are regenerated). */
export function randomCodes(count: number, prefix?: string | null) {
  const codes = new Set<string>()
  while (codes.size < count) codes.add(randomCode(prefix))
  return [...codes]
}

/** Codes are case-insensitive for customers: normalise before any lookup. */
export function normalizeCode(code: string) {
  return code.trim().toUpperCase()
}
