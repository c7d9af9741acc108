/**
 * Content check of user text before it is saved (security.msgSecCheck, version 2): `risky` is
 * refused with a clear message; `review` is saved but held for staff review. The routers run
 * `checkFreeText` on every payload their schema accepted, and complaint.act `checkedInput` on its
 * transition's fields: every free-text field the schema has (domain/free-text.ts) is checked — so a
 * schema added later is checked without being listed.
 */
import type * as z from 'zod/mini'
import { AppError } from '../domain/errors'
import { freeTexts } from '../domain/free-text'
import { parseChecked } from '../domain/validation'
import type { Department } from '@shared/departments'
import { sdk, log } from './cloud'

/** Scene 2 ("评论") fits free text residents and staff write about a matter. */
const SCENE = 2
/** WeChat checks at most 2,500 characters a call; longer text is checked in overlapping parts. */
export const CHUNK = 2500
const OVERLAP = 20

/** What the check says of a payload's text: saved as it is, or saved and held for review. */
export type Review = 'passed' | 'pending'

/** `text` in parts of at most CHUNK characters, overlapping so no word is cut in two unchecked. */
export function chunksOf(text: string): string[] {
  const chars = Array.from(text)
  if (chars.length <= CHUNK) return [text]
  const out: string[] = []
  for (let i = 0; i < chars.length; i += CHUNK - OVERLAP) {
    out.push(chars.slice(i, i + CHUNK).join(''))
    if (i + CHUNK >= chars.length) break
  }
  return out
}

/** One msgSecCheck call. @returns its suggestion; 'review' when the service fails (held, never blocked). */
async function suggestionOf(content: string, openid: string): Promise<string> {
  try {
    const r = (await sdk().openapi.security.msgSecCheck({ openid, scene: SCENE, version: 2, content })) as {
      result?: { suggest?: string }
    }
    return r.result?.suggest ?? 'pass'
  } catch (e) {
    log('content', 'msgSecCheck failed; holding for review', { error: String((e as Error).message ?? e) })
    return 'review'
  }
}

/**
 * Checks every text of `texts` as `openid` wrote it.
 * @param holdRisky hold a risky text for review instead of refusing it (an emergency being filed:
 *   H1-E — someone in danger who words it badly must still reach a person).
 * @returns 'passed' or 'pending' (held for review). @throws AppError CONTENT_RISKY.
 * A failing check does not block the complaint: the text is held for review instead.
 */
export async function checkTexts(texts: string[], openid: string, holdRisky = false): Promise<Review> {
  const all = texts.filter((t) => t.trim()).join('\n')
  if (!all || !openid || openid === 'system') return 'passed'
  const suggestions = await Promise.all(chunksOf(all).map((c) => suggestionOf(c, openid)))
  if (suggestions.includes('risky')) {
    if (!holdRisky) throw new AppError('CONTENT_RISKY', '内容含有不当信息，请修改后再提交')
    log('content', 'risky text of an emergency held for review, not refused')
    return 'pending'
  }
  return suggestions.includes('review') ? 'pending' : 'passed'
}

/** Who wrote a payload, as either function's context knows them; the check's verdict is left on it. */
export interface Writer {
  openid?: string
  actor?: { openid: string }
  /** Set by checkFreeText: 'pending' when the text is saved but held for review. */
  contentReview?: Review
}

/**
 * The routers' content check (domain/routing.ts `inspect`): every free-text field of the accepted
 * payload, as its schema says (domain/free-text.ts), through msgSecCheck as the caller wrote it,
 * before the use case runs. Leaves the verdict on the context for the use case that saves the text.
 * `holdRisky`: see checkTexts. @throws AppError CONTENT_RISKY.
 */
export async function checkFreeText(schema: z.ZodMiniType, input: unknown, ctx: Writer, holdRisky = false): Promise<void> {
  const texts = freeTexts(schema, input).map((f) => f.text)
  ctx.contentReview = await checkTexts(texts, ctx.openid ?? ctx.actor?.openid ?? '', holdRisky)
}

/**
 * A payload a use case parses itself (complaint.act reads its transition's own fields): parsed by
 * `schema` (INVALID_INPUT on a bad one, department codes checked against `departments`), then every free-text field through the content check as the
 * caller wrote it (CONTENT_RISKY), before anything is read or written.
 * @returns the parsed input and whether its text is held for review.
 */
export async function checkedInput<S extends z.ZodMiniType>(
  schema: S,
  payload: unknown,
  openid: string,
  departments: () => Promise<readonly Department[]>,
): Promise<{ input: z.output<S>; review: Review }> {
  const input = await parseChecked(schema, payload, departments)
  const review = await checkTexts(
    freeTexts(schema, input).map((f) => f.text),
    openid,
  )
  return { input, review }
}
