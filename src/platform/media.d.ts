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
