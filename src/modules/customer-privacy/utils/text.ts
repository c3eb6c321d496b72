/** `value` as a POSIX regular expression matching itself literally. */
export function regexLiteral(value: string) {
  return value.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")
}
