/**
 * One way of writing a place, so that the same place typed twice is counted once in the reports'
 * place figures and weak points (S1, S2) and found by the repeat check (A4-R4). Only spellings
 * that cannot change the meaning are unified; the words the complainant chose are kept.
 */

/**
 * Canonical form of a place or room: full-width letters, digits and spaces as ASCII (NFKC),
 * upper-case letters ("b2层" → "B2层"), no spaces, building written "N栋" (residents write
 * "3号楼", "3幢" or "3 栋" for the same building), and no punctuation at the end.
 * Takes the typed text; returns the canonical text (may be empty when only spaces were typed).
 */
export function normalizePlace(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/([A-Za-z0-9]+)(?:号楼|幢|栋)/g, (_, n: string) => `${n.toUpperCase()}栋`)
    .replace(/[a-z]/g, (c) => c.toUpperCase())
    .replace(/[。，、；：！？.,;:!?]+$/u, '')
}
