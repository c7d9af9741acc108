/**
 * 12345 hotline work orders (W1–W4, issue 18): the words the functions and the mini-program share.
 * Pure data, safe to import from the mini-program. The hotline's satisfaction results, with
 * their labels, are in the vocabulary (HOTLINE_SATISFACTION).
 */
import type { HotlineSatisfaction } from './vocabulary'

/** W4: results the hotline satisfaction rate counts as satisfied (满意 and 基本满意, as the hotline scores them). */
export const HOTLINE_SATISFIED: readonly HotlineSatisfaction[] = ['satisfied', 'basically_satisfied']

/** W1: a hotline order number as written on the work order: 4–40 letters, digits or `-`, spaces removed, letters upper-case. */
export const HOTLINE_ORDER_PATTERN = /^[A-Z0-9][A-Z0-9-]{3,39}$/

/** W1: an order number written one way (spaces and full-width characters as typed are not part of it). */
export function hotlineOrderNo(v: string): string {
  return v
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200f\u2060\ufeff]/g, '')
    .toUpperCase()
}

/** W2: the latest a hotline deadline may lie ahead of its registration (a year): a later one is a typing mistake. */
export const HOTLINE_DUE_MAX_AHEAD_MS = 366 * 24 * 3_600_000
