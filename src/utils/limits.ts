/**
 * The server's form limits (domain/limits.ts, free of the validation library) for counters and
 * client-side comfort checks; the server still checks every value.
 */
export { LIMITS, PHONE_PATTERN, inviteCodeOf, phoneOf } from '@domain/limits'

/** Length in characters as the server counts them (code points, so an emoji is one). */
export function charCount(v: string): number {
  return Array.from(v).length
}
