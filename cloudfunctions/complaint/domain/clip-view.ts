/**
 * Voice notes and short videos as a viewer is given them (issue 19): each with a URL to play it and
 * its length. Which of them a viewer gets is decided before this, with the photos — the one
 * disclosure policy (disclosure.ts) and the media check's verdict (media-check.ts). Pure.
 */
import type { MediaClip } from './model'
import type { FileView } from './view'

/** A recording the client can play: its file, URL and note (FileView) and its length in ms. */
export interface ClipView extends FileView {
  durationMs: number
}

/** Turns stored recordings into playable ones. */
export type Clips = (clips?: MediaClip[]) => ClipView[]

/** Recordings rendered with `url` (fileID → URL, '' when the file is gone). */
export const clipsWith =
  (url: (fileID: string) => string): Clips =>
  (clips = []) =>
    clips.map((c) => ({ fileID: c.fileID, url: url(c.fileID), durationMs: c.durationMs }))

/** The fileIDs of recordings (for URLs and claims). */
export const clipFiles = (clips: MediaClip[] = []): string[] => clips.map((c) => c.fileID)
