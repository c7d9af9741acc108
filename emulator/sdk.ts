/**
 * Points the real wx-server-sdk at the emulator. Only the seams are replaced: the database
 * requester (emulator/db), getWXContext (per invocation), the openapi calls the functions use
 * (subscription messages → recorder, msgSecCheck → word list, mediaCheckAsync → verdicts pushed
 * later, mini-program codes → QR codes of the H5 link), storage (local files) and callFunction
 * (the emulator's other loaded functions).
 * Everything else — query building, serialisation, validation, result shapes — is the real SDK.
 */
import { currentContext } from './context'
import type { TextChecker } from './content-check'
import type { MediaChecker } from './media-check'
import type { MessageRecorder } from './recorder'
import type { LocalStorage } from './storage'
import { getUnlimited } from './wxacode'

const cloud = require('wx-server-sdk') as Record<string, any>

export interface SdkSeams {
  recorder: MessageRecorder
  storage: LocalStorage
  text: TextChecker
  media: MediaChecker
  /** `cloud.callFunction` from inside a function: the emulator invokes the named function (issue 14: complaint → alert). */
  callFunction: (name: string, data: unknown) => Promise<unknown>
  /** Where the H5 app is served, for the links the emulator's stand-in mini-program codes hold. */
  baseUrl: () => string
}

function notEmulated(path: string[]): any {
  return new Proxy(function () {}, {
    get: (_t, p) => (typeof p === 'string' ? notEmulated([...path, p]) : undefined),
    apply: () => Promise.reject(Object.assign(new Error(`openapi.${path.join('.')} is not available in the emulator`), { errCode: -1 })),
  })
}

/** Installs the emulator's seams into the wx-server-sdk module instance the functions require. */
export function installSdk(seams: SdkSeams): void {
  cloud.getWXContext = () => ({ ...currentContext() })
  const openapi = {
    subscribeMessage: { send: (req: any) => seams.recorder.send(req) },
    security: {
      msgSecCheck: async (req: any) => seams.text.msgSecCheck(req),
      mediaCheckAsync: (req: any) => seams.media.mediaCheckAsync(req),
    },
    wxacode: { getUnlimited: (req: any) => getUnlimited(req, seams.baseUrl()) },
  }
  cloud.openapi = new Proxy(openapi, { get: (t: any, p) => (typeof p === 'string' && p in t ? t[p] : notEmulated([String(p)])) })
  cloud.uploadFile = (req: any) => seams.storage.uploadFile(req)
  cloud.getTempFileURL = (req: any) => seams.storage.getTempFileURL(req)
  cloud.downloadFile = (req: any) => seams.storage.downloadFile(req)
  cloud.deleteFile = (req: any) => seams.storage.deleteFile(req)
  cloud.callFunction = async (req: { name?: string; data?: unknown }) => ({
    result: await seams.callFunction(String(req?.name ?? ''), req?.data ?? {}),
    requestID: Math.random().toString(36).slice(2),
    errMsg: 'cloud.callFunction:ok',
  })
}
