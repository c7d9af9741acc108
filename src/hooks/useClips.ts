import { useRef, useState } from 'react'
import { uploadLocalFile, type Folder } from '@/services/files'

/** A voice note or video on the phone (issue 19), and how far its upload got. */
export interface LocalClip {
  path: string
  durationMs: number
  size: number
  ext: string
  fileID?: string
  /** 0–100 while uploading. */
  progress?: number
  failed?: boolean
}

/** A recording as the functions take it: the stored file, its length and size. */
export interface ClipInput {
  fileID: string
  durationMs: number
  size: number
}

/**
 * Recordings for a form, kept locally and uploaded on submit into `folder` (voice or videos), like
 * photos (usePhotos): uploaded ones keep their fileID, so a retry does not upload them again.
 */
export function useClips(folder: Extract<Folder, 'voice' | 'videos'>) {
  const [clips, setClips] = useState<LocalClip[]>([])
  const current = useRef(clips)
  current.current = clips
  const update = (path: string, patch: Partial<LocalClip>) => setClips((cs) => cs.map((c) => (c.path === path ? { ...c, ...patch } : c)))

  /** Uploads every recording not yet stored, one at a time. @returns them as the functions take them. @throws ApiError */
  async function uploadAll(): Promise<ClipInput[]> {
    const out: ClipInput[] = []
    for (const c of current.current) {
      let fileID = c.fileID
      if (!fileID) {
        update(c.path, { progress: 0, failed: false })
        try {
          fileID = await uploadLocalFile(c.path, (progress) => update(c.path, { progress }), folder, c.ext)
          update(c.path, { fileID, progress: 100 })
        } catch (e) {
          update(c.path, { failed: true, progress: undefined })
          throw e
        }
      }
      out.push({ fileID, durationMs: c.durationMs, size: c.size })
    }
    return out
  }

  return { clips, setClips, uploadAll }
}

/** `m:ss` for a length in ms (0:42). */
export function clock(ms: number): string {
  const s = Math.round(ms / 1000)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
