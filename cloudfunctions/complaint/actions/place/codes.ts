/** place.codes — the sheet of QR codes for the estate's places (C5), for the manager to print. */
import { hasAllCodes, placeCodesOf, withPlaceCodes, type PlaceCode } from '../../domain/place-codes'
import { invalidInput } from '../../domain/errors'
import { codeImages, FILING_PAGE } from '../../infra/place-codes'
import * as settingsRepo from '../../infra/repositories/settings'
import { requireUser, type CallContext } from '../context'

/** What the sheet shows: each place with its scene; with `images`, the mini-program code of each place of `group`. */
export interface PlaceCodeSheet {
  officeName: string
  /** The page the codes open (H5 builds its link to it with `?scene=`). */
  page: string
  codes: (PlaceCode & { image?: string })[]
}

/**
 * The manager's sheet. Settings stored before place codes existed get their codes now (and keep them).
 * @param input `{ group?, images? }` (parsed by the router): with `images` (the mini-program), the codes of one section —
 * a building's code or `areas` — are made through `wxacode.getUnlimited`.
 * @throws FORBIDDEN for anyone but the manager; INVALID_INPUT for images without a section.
 */
export async function placeCodes(input: { group?: string; images?: boolean }, ctx: CallContext): Promise<PlaceCodeSheet> {
  requireUser(ctx, ['manager'])
  let settings = await settingsRepo.get(ctx.estate)
  if (!hasAllCodes(settings.estate)) {
    settings = { ...settings, estate: withPlaceCodes(settings.estate, settings.estate) }
    await settingsRepo.save(ctx.estate, settings)
  }
  const all = placeCodesOf(settings.estate)
  const group = input.group ?? ''
  const codes = group ? all.filter((c) => c.group === group) : all
  if (!input.images) return { officeName: settings.officeName, page: FILING_PAGE, codes }
  if (!group) throw invalidInput('请选择要生成小程序码的楼栋或公共区域')
  const images = await codeImages(
    codes.map((c) => c.scene),
    ctx.now,
  )
  return { officeName: settings.officeName, page: FILING_PAGE, codes: codes.map((c) => ({ ...c, image: images.get(c.scene) })) }
}
