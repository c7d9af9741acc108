/**
 * Where dictated text goes (issue 19): the form that opened the dictation page (pkg-voice) names a
 * receiver; the page hands it the text the resident kept. A module of the main package, so the
 * subpackage may import it (the main package never imports the subpackage).
 */
let receiver: ((text: string) => void) | null = null

/** The form waiting for text; replaces any earlier one. */
export function awaitDictation(onText: (text: string) => void): void {
  receiver = onText
}

/** Gives the dictated text to the waiting form, once. @returns whether a form took it. */
export function deliverDictation(text: string): boolean {
  const r = receiver
  receiver = null
  r?.(text)
  return !!r
}
