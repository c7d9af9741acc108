import QRCode from 'qrcode'
import type { EstateQrCode } from '@/services/estates'

/** A link as the function may give it (absolute, a hash route or a page path), made absolute on this H5 app. */
function absolute(link: string): string {
  if (/^https?:\/\//.test(link)) return link
  const base = `${window.location.origin}${window.location.pathname}`
  return link.startsWith('#') ? `${base}${link}` : `${base}#/${link.replace(/^\/+/, '')}`
}

/** H5 (the emulator): a QR code of the link that opens the home page with the estate's scene; else the image given. */
export async function estateCodeImage(qr: EstateQrCode): Promise<string | undefined> {
  if (qr.link) return QRCode.toDataURL(absolute(qr.link), { margin: 1, width: 320 })
  return qr.url ?? qr.fileID
}
