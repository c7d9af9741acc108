/** A photo the user picked: its local path and size in bytes (0 when the platform does not say). */
export interface PickedFile {
  path: string
  size: number
}

/**
 * Lets the user pick up to `count` photos from the album or the camera (WeChat's chooseMedia; the
 * browser's file chooser on H5). Call it only after requirePrivacy (platform/privacy) said yes.
 * @throws when the user closes the chooser.
 */
export declare function pickImages(count: number): Promise<PickedFile[]>

/** A video the user picked or shot (issue 19): its local path, size, length (0 when the platform does not say) and extension. */
export interface PickedVideo extends PickedFile {
  durationMs: number
  ext: string
}

/**
 * Lets the user shoot or pick one short video (WeChat's chooseMedia, the camera stopping at
 * `maxMs`; the browser's file chooser on H5). Call it only after requirePrivacy said yes.
 * @throws when the user closes the chooser.
 */
export declare function pickVideo(maxMs: number): Promise<PickedVideo>
