/**
 * Issue 16: how the app was entered — an estate's QR code carries `e=<code>` in its scene (WeChat:
 * `scene` in the launch or page options, URL-encoded; H5 and the emulator: `?scene=e%3D<code>`).
 * The scene is kept here until the session is known, then the home page joins or switches to that
 * estate (useEstateEntry). Place codes (C5) carry other scenes and open the filing page: ignored here.
 */

/** An estate code as the QR code writes it: letters, digits, `-` and `_`, at most 32. */
const ESTATE_SCENE = /^e=([A-Za-z0-9_-]{1,32})$/

let pending: string | undefined

/** The decoded scene when it names an estate (`e=<code>`), else undefined. Never throws on a malformed escape. */
export function estateScene(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || !raw) return undefined
  let scene: string
  try {
    scene = decodeURIComponent(raw)
  } catch {
    return undefined
  }
  return ESTATE_SCENE.test(scene) ? scene : undefined
}

/** The estate code inside an estate scene (`e=YG01` → `YG01`). */
export function estateCodeOf(scene: string): string {
  return scene.replace(ESTATE_SCENE, '$1')
}

/** Keeps an entry's scene when it names an estate (launch options, page options or an H5 link). */
export function rememberScene(raw: unknown): void {
  const scene = estateScene(raw)
  if (scene) pending = scene
}

/** The estate scene waiting to be acted on, if any. */
export function pendingScene(): string | undefined {
  return pending
}

/** Forgets the waiting scene once it was acted on (joined, switched, or refused with a message). */
export function clearScene(): void {
  pending = undefined
}
