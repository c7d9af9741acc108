/** Places and their QR codes (C5, docs/API.md). */
import { call } from './api'
import type { PlaceCode } from '@domain/place-codes'

export type { PlaceCode } from '@domain/place-codes'

/** The manager's sheet: every place with its scene; with `images`, the mini-program codes of one section. */
export interface PlaceCodeSheet {
  officeName: string
  page: string
  codes: (PlaceCode & { image?: string })[]
}

/** The place a scanned code stands for, under its current name. @throws ApiError NOT_FOUND when it no longer exists. */
export function resolvePlace(scene: string): Promise<PlaceCode> {
  return call('place.resolve', { scene })
}

/** The sheet of codes (manager); `images` with a `group` asks WeChat for that section's mini-program codes. */
export function placeCodes(opts: { group?: string; images?: boolean } = {}): Promise<PlaceCodeSheet> {
  return call('place.codes', opts)
}
