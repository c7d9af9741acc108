import QRCode from 'qrcode'
import type { PlaceCodeSheet } from '@/services/places'

/** H5 (the emulator): a QR code of the link to the filing page with the place's scene, drawn here. */
export async function codeImages(sheet: PlaceCodeSheet, group: string): Promise<Record<string, string>> {
  const base = `${window.location.origin}${window.location.pathname}`
  const out: Record<string, string> = {}
  for (const c of sheet.codes.filter((x) => x.group === group)) {
    out[c.scene] = await QRCode.toDataURL(`${base}#/${sheet.page}?scene=${encodeURIComponent(c.scene)}`, { margin: 1, width: 240 })
  }
  return out
}
