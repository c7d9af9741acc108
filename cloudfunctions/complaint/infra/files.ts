/**
 * Stored files (photos, evidence, signatures) as URLs the mini-program can display: temporary
 * URLs on WeChat cloud, local ones on the emulator; and each uploader's folder key (shared/uploads.ts).
 */
import { createHmac } from 'node:crypto'
import { sdk } from './cloud'
import * as uploadSecret from './repositories/upload-secret'

const keyUnder = (secret: string, openid: string) => createHmac('sha256', secret).update(openid).digest('hex').slice(0, 24)

/**
 * The folder key of the user `openid` in cloud storage: 24 hex digits of an HMAC of the OPENID
 * under the environment's upload secret (made on first need) — the same for that user every time,
 * telling nobody else who the user is (a fileID is visible to everyone who may see the file).
 */
export async function fileKeyOf(openid: string): Promise<string> {
  return keyUnder(await uploadSecret.get(), openid)
}

/** The folder key `openid` was given, or null when no key was ever given (then no upload is anyone's); writes nothing. */
export async function givenFileKeyOf(openid: string): Promise<string | null> {
  const secret = await uploadSecret.existing()
  return secret ? keyUnder(secret, openid) : null
}

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

/** Deletes stored files (a missing one is no error: deleting twice is harmless). */
export async function deleteFiles(ids: string[]): Promise<void> {
  const unique = [...new Set(ids.filter(Boolean))]
  for (let i = 0; i < unique.length; i += BATCH) await sdk().deleteFile({ fileList: unique.slice(i, i + BATCH) })
}
