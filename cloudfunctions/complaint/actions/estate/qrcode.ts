/** estate.qrcode — the code residents scan to join an estate (`wxacode.getUnlimited`, scene `e=<code>`; in H5 and the emulator a link). */
import { estateScene } from '../../domain/estate'
import { forbidden } from '../../domain/errors'
import { codeImages, JOIN_PAGE } from '../../infra/place-codes'
import type { CallContext } from '../context'
import { estateNamed, managesEstate, requireAccount } from './common'

/**
 * @param input `{ code }`. @returns `{ code, name, scene, page, image }` (`image`: a displayable URL of the code, '' if it could not be made).
 * @throws NOT_FOUND (没有这个小区); FORBIDDEN for anyone but the company administrator and that estate's manager.
 */
export async function estateQrcode(input: { code: string }, ctx: CallContext) {
  const account = requireAccount(ctx)
  const estate = await estateNamed(input.code)
  if (!managesEstate(account, estate.code)) throw forbidden()
  const scene = estateScene(estate.code)
  const images = await codeImages([scene], ctx.now, JOIN_PAGE)
  return { code: estate.code, name: estate.name, scene, page: JOIN_PAGE, image: images.get(scene) ?? '' }
}
