/**
 * Issue 16: estates (小区/项目) of one company — listing, creating, switching between them, joining
 * one, and an estate's QR code (docs/API.md: estate.*). The server checks who may do what and
 * answers in Chinese; pages show that as it is.
 */
import { call } from './api'
import type { UserView } from './types'

export type { EstateMembership, EstateRef, CompanyRole } from './types'

/** An estate as estate.list shows it; `role` is the caller's role there, when they have one. */
export interface EstateView {
  code: string
  name: string
  address: string
  /** Households on the estate's roster (房屋台账). */
  households: number
  role?: string
}

/** What the company administrator enters to create an estate. */
export interface NewEstate {
  code: string
  name: string
  address: string
}

/**
 * An estate's QR code (estate.qrcode): the mini-program code opening `page` with scene `e=<code>`;
 * `image` is a displayable URL of it (in the emulator a generated image), '' when it could not be made.
 */
export interface EstateQrCode {
  code: string
  name: string
  scene: string
  page: string
  image: string
}

/**
 * Every estate for the company administrator and the quality department; the caller's own for
 * others — or, with `all`, every estate (the directory a resident chooses one to join from).
 */
export function listEstates(all = false): Promise<EstateView[]> {
  return call('estate.list', all ? { all: true } : {})
}

/** Creates an estate (company administrator). @throws ApiError CONFLICT 小区编号已存在, or a validation message. */
export function createEstate(input: NewEstate): Promise<EstateView> {
  return call('estate.create', input)
}

/** Makes `code` the caller's current estate; their lists and settings follow it. @returns the caller as now. */
export function switchEstate(code: string): Promise<UserView> {
  return call('estate.switch', { code })
}

/**
 * A resident joins an estate, by its code (chosen from the list) or by a scanned QR code's scene
 * (`e=<code>`); it becomes their current estate. @throws ApiError NOT_FOUND 没有这个小区.
 */
export function joinEstate(by: { code: string } | { scene: string }): Promise<UserView> {
  return call('estate.join', by)
}

/** The estate's QR code for residents to scan and join (company administrator). */
export function estateQrCode(code: string): Promise<EstateQrCode> {
  return call('estate.qrcode', { code })
}
