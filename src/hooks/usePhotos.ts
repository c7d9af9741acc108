import { useRef, useState } from 'react'
import { uploadLocalFile, type Folder } from '@/services/files'

/** A photo picked on the phone, and how far its upload got. */
export interface LocalPhoto {
  path: string
  fileID?: string
  /** 0–100 while uploading. */
  progress?: number
  failed?: boolean
}

/**
 * Photos for a form: picked locally, uploaded on submit. Uploaded ones keep their fileID, so a
 * retry after a failed submit does not upload them again.
 */
export function usePhotos() {
  const [photos, setPhotos] = useState<LocalPhoto[]>([])
  const current = useRef(photos)
  current.current = photos

  const update = (path: string, patch: Partial<LocalPhoto>) => setPhotos((ps) => ps.map((p) => (p.path === path ? { ...p, ...patch } : p)))

  /** Uploads every photo not yet stored, one at a time. @returns all fileIDs in order. @throws ApiError */
  async function uploadAll(folder?: Folder): Promise<string[]> {
    const out: string[] = []
    for (const p of current.current) {
      if (p.fileID) {
        out.push(p.fileID)
        continue
      }
      update(p.path, { progress: 0, failed: false })
      try {
        const fileID = await uploadLocalFile(p.path, (progress) => update(p.path, { progress }), folder)
        update(p.path, { fileID, progress: 100 })
        out.push(fileID)
      } catch (e) {
        update(p.path, { failed: true, progress: undefined })
        throw e
      }
    }
    return out
  }

  return { photos, setPhotos, uploadAll }
}
