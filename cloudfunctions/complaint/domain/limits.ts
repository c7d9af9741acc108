/** Limits users meet in the forms; the mini-program shows the same numbers as counters. */
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
} as const
