/**
 * Mini-program codes for the estate's places (C5): `wxacode.getUnlimited` with the place code as
 * `scene`, opening the filing form, made once per scene and kept in cloud storage (a scene never
 * changes its place, so its image never changes). On the emulator the same call answers with a generated image.
 */
import { SCENE_MAX } from '../domain/place-codes'
import { AppError } from '../domain/errors'
import { sdk, log } from './cloud'
import { environment } from './environment'
import { fileUrls } from './files'
import * as placeCodes from './repositories/place-codes'

/** Issue 16: the page an estate's code opens; it reads `scene` (`e=<code>`) and joins the estate. */
export const JOIN_PAGE = 'pages/index/index'

/** The page a scanned code opens; it reads `scene` and fills in the place. */
export const FILING_PAGE = 'pages/submit/index'

/** Which released version a code opens, by the environment's mini-program state. */
const ENV_VERSION = { formal: 'release', trial: 'trial', developer: 'develop' } as const

/** Where a scene's image is kept (one per environment version: a trial code must not be taken for a release one). */
const cloudPathOf = (scene: string) => `qrcodes/${ENV_VERSION[environment.miniprogramState]}/${scene}.png`

async function generate(scene: string, page: string): Promise<string> {
  if (scene.length > SCENE_MAX) throw new AppError('INVALID_INPUT', '地点编码过长，无法生成小程序码')
  const r = (await sdk().openapi.wxacode.getUnlimited({
    scene,
    page,
    // Only a released version can check the path; trial and developer codes open unpublished pages.
    checkPath: environment.miniprogramState === 'formal',
    envVersion: ENV_VERSION[environment.miniprogramState],
    width: 430,
  })) as { buffer?: Buffer; errCode?: number; errMsg?: string }
  if (!r.buffer) throw new Error(`wxacode.getUnlimited: ${r.errCode ?? ''} ${r.errMsg ?? ''}`.trim())
  const up = (await sdk().uploadFile({ cloudPath: cloudPathOf(scene), fileContent: r.buffer })) as { fileID: string }
  return up.fileID
}

/**
 * Displayable images of the codes of `scenes` (opening `page`: the filing form, or an estate's join page) (one sheet section at a time: a building's units or
 * the public areas). A code is made once per environment version and scene, stored, and reused.
 * @returns URL by scene; a scene whose code could not be made is missing (logged).
 */
export async function codeImages(scenes: string[], now: number, page = FILING_PAGE): Promise<Map<string, string>> {
  const version = ENV_VERSION[environment.miniprogramState]
  const keyOf = (scene: string) => `${version}:${scene}`
  const stored = await placeCodes.imagesOf(scenes.map(keyOf))
  const fileIds = new Map<string, string>()
  for (const scene of scenes) {
    const known = stored.get(keyOf(scene))
    if (known) {
      fileIds.set(scene, known)
      continue
    }
    try {
      const made = await generate(scene, page)
      await placeCodes.saveImage(keyOf(scene), made, now)
      fileIds.set(scene, made)
    } catch (e) {
      if (e instanceof AppError) throw e
      log('place-codes', 'code not generated', { scene, error: String((e as Error).message ?? e) })
    }
  }
  const urls = await fileUrls([...fileIds.values()])
  return new Map([...fileIds].map(([scene, id]) => [scene, urls.get(id) ?? '']))
}
