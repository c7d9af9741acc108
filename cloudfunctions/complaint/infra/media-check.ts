/**
 * WeChat's content check of images and audio (security.mediaCheckAsync, version 2): it takes an
 * http(s) URL of the file (a temporary URL of the cloud file), the uploader's OPENID (a user who
 * visited in the last 2 hours) and a scene, and answers a trace_id; the verdict is pushed later as
 * a `wxa_media_check` event to the function configured as the message-push target.
 */
import { sdk } from './cloud'
import { fileUrls } from './files'

/** Scene 2 ("评论") fits what residents and staff attach to a matter, as for text. */
const SCENE = 2

/** A failed call, with WeChat's errcode (45009: over the minute or day limit). */
export class MediaCallError extends Error {
  constructor(readonly code: string) {
    super(`mediaCheckAsync failed: ${code}`)
  }
}

/** The temporary URL of a stored file, or '' when the file is gone. */
export async function urlOf(fileID: string): Promise<string> {
  return (await fileUrls([fileID])).get(fileID) ?? ''
}

/** Asks WeChat to check one file. @returns the trace_id its verdict will carry. @throws MediaCallError. */
export async function requestMediaCheck(q: { url: string; mediaType: 1 | 2; openid: string }): Promise<string> {
  let r: { trace_id?: string; errcode?: number }
  try {
    r = (await sdk().openapi.security.mediaCheckAsync({
      media_url: q.url,
      media_type: q.mediaType,
      version: 2,
      openid: q.openid,
      scene: SCENE,
    })) as { trace_id?: string; errcode?: number }
  } catch (e) {
    throw new MediaCallError(String((e as { errCode?: number }).errCode ?? 'error'))
  }
  if (!r?.trace_id) throw new MediaCallError(String(r?.errcode ?? 'no trace_id'))
  return r.trace_id
}
