/**
 * The `place_codes` collection: the stored image of each place's mini-program code (C5), one
 * document per environment version and scene (`develop:b3-2`). A scene always stands for the same
 * place, so its code is made once and reused for every sheet printed after.
 */
import { C, collection, command, find } from '../store'

/** The stored fileID of each of `keys` that has one. */
export async function imagesOf(keys: string[]): Promise<Map<string, string>> {
  if (!keys.length) return new Map()
  const docs = await find<{ _id: string; fileID: string }>(C.placeCodes, { _id: command().in(keys) }, { limit: 1000 })
  return new Map(docs.map((d) => [d._id, d.fileID]))
}

/** Records the image made for `key`. */
export async function saveImage(key: string, fileID: string, at: number): Promise<void> {
  await collection(C.placeCodes).doc(key).set({ data: { fileID, at } })
}
