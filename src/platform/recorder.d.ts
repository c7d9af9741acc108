/**
 * Voice notes (issue 19): the device's recorder — WeChat's RecorderManager in the mini-program,
 * the browser's MediaRecorder on H5 where it exists. Call `startRecording` only after
 * requirePrivacy (platform/privacy) said yes.
 */

/** A finished recording: a local file to upload, its length and size as the device measured them, its extension. */
export interface Recording {
  path: string
  durationMs: number
  size: number
  ext: string
}

/** A recording under way. */
export interface RecordingSession {
  /** Ends it. @returns the recording. @throws RecorderError */
  stop(): Promise<Recording>
  /** Ends it and throws the recording away. */
  cancel(): void
}

/** Why recording failed, for a Chinese message: the microphone refused, none there, or anything else. */
export type RecorderFailure = 'denied' | 'unavailable' | 'failed'

/** A failed recording; `message` is Chinese and tells the user they can type instead. */
export declare class RecorderError extends Error {
  readonly reason: RecorderFailure
  constructor(reason: RecorderFailure)
}

/** Whether this device can record voice notes at all (H5 without MediaRecorder cannot: the control is hidden). */
export declare function canRecord(): boolean

/** Whether speech-to-text (WeChat's 同声传译 plugin, in its own subpackage) exists here: the mini-program only. */
export declare const CAN_DICTATE: boolean

/**
 * Starts recording; it stops by itself after `maxMs` and then calls `onLimit` with the recording.
 * @throws RecorderError when the microphone is refused or missing.
 */
export declare function startRecording(maxMs: number, onLimit: (r: Recording) => void): Promise<RecordingSession>
