import type { EstateQrCode } from '@/services/estates'

/**
 * Issue 16: the picture of an estate's QR code (estate.qrcode) to show and print — WeChat's
 * mini-program code from cloud storage on WeChat; on H5 a QR code of the link drawn in the browser,
 * as the place-code sheet does (C5). Undefined when the answer holds neither.
 */
export declare function estateCodeImage(qr: EstateQrCode): Promise<string | undefined>
