/**
 * Content check of user text before it is saved (security.msgSecCheck, version 2): `risky` is
 * refused with a clear message; `review` is saved but held for staff review.
 */
import { AppError } from '../domain/errors'
import { sdk, log } from './cloud'

/** Scene 2 ("评论") fits free text residents and staff write about a matter. */
const SCENE = 2

/**
 * @returns 'passed' or 'pending' (held for review). @throws AppError CONTENT_RISKY.
 * A failing check does not block the complaint: the text is held for review instead.
 */
export async function checkContent(text: string, openid: string): Promise<'passed' | 'pending'> {
  if (!text.trim() || !openid) return 'passed'
  try {
    const r = (await sdk().openapi.security.msgSecCheck({ openid, scene: SCENE, version: 2, content: text.slice(0, 2500) })) as {
      result?: { suggest?: string }
    }
    const suggest = r.result?.suggest ?? 'pass'
    if (suggest === 'risky') throw new AppError('CONTENT_RISKY', '内容含有不当信息，请修改后再提交')
    return suggest === 'review' ? 'pending' : 'passed'
  } catch (e) {
    if (e instanceof AppError) throw e
    log('content', 'msgSecCheck failed; holding for review', { error: String((e as Error).message ?? e) })
    return 'pending'
  }
}
