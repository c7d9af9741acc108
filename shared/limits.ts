/**
 * The shared kernel's limits: what users meet in the forms, checked by the functions and shown by the
 * mini-program as counters (it may value-import only @shared/*).
 */
export const LIMITS = {
  description: 2000,
  location: 100,
  photos: 9,
  /** Bytes per photo, checked where the file is uploaded. */
  photoBytes: 10 * 1024 * 1024,
  name: 20,
  room: 40,
  text: 500,
  note: 2000,
  planSteps: 20,
  /** Voice notes per complaint or addition (issue 19), each at most `voiceMs` long and `voiceBytes` big. */
  voiceNotes: 3,
  voiceMs: 60_000,
  voiceBytes: 2 * 1024 * 1024,
  /** Short videos per complaint, addition or investigation record (issue 19), each at most `videoMs` and `videoBytes`. */
  videos: 3,
  videoMs: 30_000,
  videoBytes: 30 * 1024 * 1024,
} as const

/**
 * A contact phone (A2): a mobile number (11 digits from 1), a landline with its area code
 * (0 + 2–3 digits, optional "-", 7–8 digits), or a local landline of 7–8 digits, which never
 * starts with 0 or 1 — so a mobile number typed short ("1391234") is refused, not stored.
 */
export const PHONE_PATTERN = /^(1\d{10}|0\d{2,3}-?\d{7,8}|[2-9]\d{6,7})$/

/** A phone as typed ("139 1234 5678"): the spaces are not part of it. */
export function phoneOf(typed: string): string {
  return typed.replace(/\s+/g, '')
}

/**
 * An invite code as people type it: shown grouped ("5FAB 0E51 CBCD"), so anything but letters and
 * digits is not part of it; codes hold only 0–9 and A–F, so a letter O or I/L typed for 0 or 1 is
 * read as the digit. Returns the code upper-case (valid when it is 12 of 0–9/A–F).
 */
export function inviteCodeOf(typed: string): string {
  return typed
    .replace(/[^0-9a-z]/gi, '')
    .toUpperCase()
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
}

/** Length in characters as the server counts them (code points, so an emoji is one). */
export function charCount(v: string): number {
  return Array.from(v).length
}
