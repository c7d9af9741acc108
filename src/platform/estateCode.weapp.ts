import type { EstateQrCode } from '@/services/estates'

/** WeChat: the mini-program code the function saved (a temporary URL, or the cloud file an Image shows itself). */
export async function estateCodeImage(qr: EstateQrCode): Promise<string | undefined> {
  return qr.url ?? qr.fileID
}
