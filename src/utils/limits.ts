/**
 * The form limits of domain/validation.ts for counters and client-side comfort checks.
 * Importing them from there would bundle zod (about 450 KB) into the main package, so the values
 * are repeated here and the compiler holds them equal: the domain declares LIMITS `as const`, so
 * this object only type-checks while every number matches it.
 */
import type { LIMITS as DomainLimits } from '@domain/validation'

export const LIMITS: typeof DomainLimits = {
  description: 2000,
  location: 100,
  photos: 9,
  photoBytes: 10 * 1024 * 1024,
  name: 20,
  room: 40,
  text: 500,
  note: 2000,
  planSteps: 20,
}

/** Length in characters as the server counts them (code points, so an emoji is one). */
export function charCount(v: string): number {
  return Array.from(v).length
}
