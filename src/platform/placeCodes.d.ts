import type { PlaceCodeSheet } from '@/services/places'

/**
 * C5: the images of one section of the place-code sheet, by scene: mini-program codes from the
 * function (`wxacode.getUnlimited`) on WeChat, QR codes of the H5 link drawn in the browser on H5.
 */
export declare function codeImages(sheet: PlaceCodeSheet, group: string): Promise<Record<string, string>>
