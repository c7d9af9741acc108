/**
 * Stored files (photos, evidence, signatures) as URLs the mini-program can display: temporary
 * URLs on WeChat cloud, local ones on the emulator.
 */
import { sdk } from './cloud'

/** At most this many fileIDs per getTempFileURL call (WeChat's limit). */
const BATCH = 50

/** Temporary URLs for fileIDs, as a map from fileID to URL (missing for files that are gone). */
export async function fileUrls(ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))]
  const map = new Map<string, string>()
  for (let i = 0; i < unique.length; i += BATCH) {
    const r = (await sdk().getTempFileURL({ fileList: unique.slice(i, i + BATCH) })) as unknown as {
      fileList: { fileID: string; tempFileURL: string }[]
    }
    for (const f of r.fileList ?? []) map.set(f.fileID, f.tempFileURL)
  }
  return map
}
