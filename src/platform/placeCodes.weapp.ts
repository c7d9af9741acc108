import { placeCodes, type PlaceCodeSheet } from '@/services/places'

/** WeChat: the section's mini-program codes, made by the function through `wxacode.getUnlimited`. */
export async function codeImages(_sheet: PlaceCodeSheet, group: string): Promise<Record<string, string>> {
  const made = await placeCodes({ group, images: true })
  return Object.fromEntries(made.codes.filter((c) => c.image).map((c) => [c.scene, c.image!]))
}
