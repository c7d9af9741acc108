/**
 * One normaliser for every free-text field (issue 12): what a person typed, as it is stored and
 * counted. The functions clean every text before they check it for emptiness and length, so text
 * made only of invisible characters is empty, and the mini-program may count with the same rule.
 */

/**
 * Characters that are invisible or steer the display without being text: C0 and C1 controls and DEL
 * (tab and line breaks are handled apart), the soft hyphen, zero-width spaces and joiners, bidi
 * marks, embeddings, overrides and isolates, the word joiner and invisible operators, the BOM, the
 * combining grapheme joiner, the Mongolian vowel separator, Hangul fillers, the Braille blank, and
 * interlinear annotation marks. The zero-width joiner is handled apart (emoji sequences need it).
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u115F\u1160\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u2800\u3164\uFEFF\uFFA0\uFFF9-\uFFFB]|\u034F/g

/** A zero-width joiner inside an emoji sequence (👩‍🔧) is kept; any other is dropped. */
const JOINER = /(\p{Extended_Pictographic}\uFE0F?[\u{1F3FB}-\u{1F3FF}]?)\u200D(?=\p{Extended_Pictographic})|\u200D/gu

/** How a text field takes line breaks: kept (descriptions, notes) or read as spaces (names, places, titles). */
export interface CleanOptions {
  multiline?: boolean
}

/**
 * The text as it is stored: Unicode NFC; line breaks as `\n` (CR LF, CR, U+2028 and U+2029 too),
 * kept only when `multiline`, else spaces, as tabs are; invisible and control characters removed
 * (NUL included); spaces at both ends trimmed (full-width ones too). Takes any string; returns ''
 * when nothing visible was typed.
 */
export function cleanText(typed: string, opts: CleanOptions = {}): string {
  const lines = typed
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(JOINER, (_m, emoji?: string) => (emoji ? `${emoji}\u200D` : ''))
    .replace(/\t/g, ' ')
    // Composed last: a mark separated from its letter by an invisible character joins it now.
    .normalize('NFC')
  return (opts.multiline ? lines : lines.replace(/\n/g, ' ')).trim()
}

/** Length of a text as the functions check it: characters (code points, an emoji is one) after cleanText. */
export function textLength(typed: string, opts: CleanOptions = {}): number {
  return Array.from(cleanText(typed, opts)).length
}
