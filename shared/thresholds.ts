/**
 * Thresholds the functions and the mini-program share, defined once (shared kernel).
 * Satisfaction levels are 1 很不满意 … 5 很满意 (F2, `SATISFACTION` in ./vocabulary).
 */
import type { SatisfactionLevel } from './vocabulary'

/** F3: a rating at or below this level is dissatisfied; it reopens the complaint (or escalates it). */
export const DISSATISFIED_MAX = 2
/** S1: ratings at or above this level count as satisfied in the satisfaction rate. */
export const SATISFIED_MIN = 4

/** Whether a rating of `level` is dissatisfied (F3). Takes 1…5; 0 (no rating yet) is not. */
export function isDissatisfied(level: number | SatisfactionLevel | undefined | null): boolean {
  return !!level && level >= 1 && level <= DISSATISFIED_MAX
}

/** Whether a rating of `level` counts as satisfied (S1). */
export function isSatisfied(level: number | SatisfactionLevel | undefined | null): boolean {
  return !!level && level >= SATISFIED_MIN
}
