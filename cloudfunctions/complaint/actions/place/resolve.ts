/** place.resolve — the place a scanned QR code stands for (C5), to fill in the filing form. */
import { AppError } from '../../domain/errors'
import { placeOfScene, type PlaceCode } from '../../domain/place-codes'
import { requireOpenid, type CallContext } from '../context'

/** The scene as the page received it (WeChat passes it URL-encoded). */
function sceneOf(raw: string): string {
  try {
    return decodeURIComponent(raw).trim()
  } catch {
    return raw.trim()
  }
}

/**
 * Anyone in WeChat may resolve a code (a resident scans before they have a profile).
 * @param input `{ scene }`, parsed by the router. @returns the place under its current name.
 * @throws NOT_FOUND with a Chinese message when the place (or the unit) no longer exists.
 */
export async function resolvePlace(input: { scene: string }, ctx: CallContext): Promise<PlaceCode> {
  requireOpenid(ctx)
  const place = placeOfScene((await ctx.settings()).estate, sceneOf(input.scene))
  if (!place) throw new AppError('NOT_FOUND', '这个二维码对应的地点已不存在（可能已被管理处删除），请在表单中选择投诉地点')
  return place
}
