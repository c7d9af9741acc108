/**
 * `cloud.openapi.wxacode.getUnlimited` in the emulator (C5): instead of WeChat's round mini-program
 * code, a QR code of the H5 link to the same page with the same `scene`, so a phone on the local
 * network (or the browser test) opens the filing form exactly as a scan opens the mini-program.
 * WeChat's checks on the request are mirrored: scene of 1–32 allowed characters, page without a
 * leading slash.
 */
import QRCode from 'qrcode'

/** Characters WeChat allows in `scene`. */
const SCENE_CHARS = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/

/** An error as wx-server-sdk raises it from an openapi call. */
function apiError(errCode: number, what: string): Error {
  const errMsg = `openapi.wxacode.getUnlimited:fail ${errCode} ${what}`
  return Object.assign(new Error(errMsg), { errCode, errMsg })
}

/** The H5 link a code stands for: the page with `scene`, under the emulator's address. */
export function linkOf(baseUrl: string, page: string, scene: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/#/${page}?scene=${encodeURIComponent(scene)}`
}

/** Answers like WeChat: `{ errCode: 0, contentType, buffer }` with a PNG. @throws as the SDK does on 40169 / 41030. */
export async function getUnlimited(req: { scene?: string; page?: string }, baseUrl: string) {
  const scene = String(req?.scene ?? '')
  if (!SCENE_CHARS.test(scene)) throw apiError(40169, 'invalid length for scene, or the data is not json string')
  const page = String(req?.page ?? 'pages/index/index')
  if (page.startsWith('/')) throw apiError(41030, 'invalid page rid: page must not start with /')
  // A fixed module size rather than WeChat's `width`: a stand-in image needs no print resolution.
  const buffer = await QRCode.toBuffer(linkOf(baseUrl, page, scene), { type: 'png', margin: 2, scale: 6 })
  return { errCode: 0, errMsg: 'openapi.wxacode.getUnlimited:ok', contentType: 'image/png', buffer }
}
