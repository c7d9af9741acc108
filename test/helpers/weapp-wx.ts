/**
 * The `wx` side of the WeChat client for the compiled build in miniprogram-simulate: the cloud
 * (`wx.cloud.callFunction` answered by the emulator running the built function in-process, as the
 * WeChat user the test chose), the subscription panel, local storage and navigation. Everything
 * crosses the boundary as JSON, as it does between the mini-program and WeChat cloud.
 */
import type { Emulator } from '../../emulator'

/** One navigation the page asked WeChat for (navigateTo, redirectTo, …). */
export interface Navigation {
  kind: string
  url: string
}

/** What the fake WeChat client recorded, and who it acts as. */
export interface WxState {
  /** The WeChat user whose OPENID the cloud sees. */
  openid: string
  /** Every `wx.cloud.callFunction` as `{ name, data }`. */
  calls: { name: string; data: any }[]
  navigations: Navigation[]
  /** Template ids the subscription panel was asked for, one array per panel. */
  consentAsked: string[][]
  /** The env `wx.cloud.init` was given. */
  cloudEnv?: string
  storage: Map<string, unknown>
  /** WeChat's privacy consent (issue 15): whether it is still needed, and what the app did about it. */
  privacy: PrivacyState
}

/** The privacy side of the fake client: set `needed` before a test; read what happened after. */
export interface PrivacyState {
  /** The user has not agreed to the 《用户隐私保护指引》 yet: privacy APIs wait for the app's answer. */
  needed: boolean
  /** What the app resolved WeChat's requests with, in order (`exposureAuthorization`, `agree`, `disagree`). */
  answers: { event: string; buttonId?: string }[]
  /** Every chooseMedia that got through to the picker (a refused one never does). */
  chooseMedia: unknown[]
  /** What the next chooseMedia answers with. */
  nextMedia: { tempFilePath: string; size: number; fileType: 'image' }[]
  contractOpened: number
}

type Callbacks = { success?: (r: unknown) => void; fail?: (e: unknown) => void; complete?: (r: unknown) => void }

const json = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)))

/** Settles a WeChat-style call both ways: callbacks and the returned promise. */
function settle<T>(opts: Callbacks | undefined, run: () => Promise<T>): Promise<T> {
  const p = run()
  p.then(
    (r) => {
      opts?.success?.(r)
      opts?.complete?.(r)
    },
    (e) => {
      opts?.fail?.(e)
      opts?.complete?.(e)
    },
  )
  // With callbacks WeChat returns no promise to reject; keep an unobserved rejection quiet.
  if (opts?.fail) p.catch(() => undefined)
  return p
}

/**
 * Installs the cloud, subscription, storage and navigation APIs on the global `wx` (which
 * miniprogram-simulate created with inert mocks). Must run before the build's `taro.js` loads:
 * Taro copies `wx.cloud` when it starts.
 */
export function installWx(emu: Emulator, openid: string): WxState {
  const privacy: PrivacyState = { needed: false, answers: [], chooseMedia: [], nextMedia: [], contractOpened: 0 }
  const state: WxState = { openid, calls: [], navigations: [], consentAsked: [], storage: new Map(), privacy }
  const wx = (globalThis as any).wx
  wx.cloud = {
    init(opts: { env?: string }) {
      state.cloudEnv = opts?.env
    },
    callFunction(opts: { name: string; data: any } & Callbacks) {
      return settle(opts, async () => {
        const data = json(opts.data)
        state.calls.push({ name: opts.name, data })
        try {
          const result = await emu.call(opts.name, data, state.openid)
          return { errMsg: 'cloud.callFunction:ok', result: json(result) }
        } catch (e) {
          throw { errMsg: `cloud.callFunction:fail ${(e as Error).message}` }
        }
      })
    },
    uploadFile(opts: Callbacks) {
      return settle(opts, async () => {
        throw { errMsg: 'cloud.uploadFile:fail not available in this test' }
      })
    },
  }
  // The user allows every template; WeChat records that consent before the page hears of it.
  wx.requestSubscribeMessage = (opts: { tmplIds: string[] } & Callbacks) =>
    settle(opts, async () => {
      state.consentAsked.push(opts.tmplIds)
      const results = Object.fromEntries(opts.tmplIds.map((id) => [id, 'accept']))
      emu.recorder.consent(state.openid, results)
      return { errMsg: 'requestSubscribeMessage:ok', ...results }
    })
  wx.setStorageSync = (key: string, value: unknown) => void state.storage.set(key, json(value))
  wx.getStorageSync = (key: string) => (state.storage.has(key) ? json(state.storage.get(key)) : '')
  wx.removeStorageSync = (key: string) => void state.storage.delete(key)
  wx.getStorageInfoSync = () => ({ keys: [...state.storage.keys()], currentSize: 0, limitSize: 10240 })
  for (const kind of ['navigateTo', 'redirectTo', 'reLaunch', 'switchTab']) {
    wx[kind] = (opts: { url: string } & Callbacks) =>
      settle(opts, async () => {
        state.navigations.push({ kind, url: opts.url })
        return { errMsg: `${kind}:ok` }
      })
  }
  wx.navigateBack = (opts: Callbacks) => settle(opts, async () => ({ errMsg: 'navigateBack:ok' }))
  installPrivacy(wx, privacy)
  return state
}

type PrivacyListener = (resolve: (o: { event: string; buttonId?: string }) => void, info: { referrer: string }) => void

/**
 * WeChat's privacy consent: while it is needed, a privacy API (chooseMedia) or requirePrivacyAuthorize
 * waits for the app's onNeedPrivacyAuthorization listener to resolve — `agree` (with the agree
 * button's id) lets it go on and records the consent, `disagree` fails it with WeChat's error.
 */
function installPrivacy(wx: any, p: PrivacyState): void {
  let listener: PrivacyListener | null = null
  const gate = (api: string) =>
    new Promise<void>((ok, fail) => {
      if (!p.needed) return ok()
      if (!listener) return fail({ errMsg: `${api}:fail privacy permission is not authorized`, errno: 104 })
      listener(
        (o) => {
          p.answers.push(o)
          if (o.event === 'agree' && o.buttonId) {
            p.needed = false
            ok()
          } else if (o.event === 'disagree') fail({ errMsg: `${api}:fail privacy permission is not authorized`, errno: 104 })
        },
        { referrer: api },
      )
    })
  wx.onNeedPrivacyAuthorization = (l: PrivacyListener) => void (listener = l)
  wx.getPrivacySetting = (opts: Callbacks) =>
    settle(opts, async () => ({ errMsg: 'getPrivacySetting:ok', needAuthorization: p.needed, privacyContractName: '《用户隐私保护指引》' }))
  wx.requirePrivacyAuthorize = (opts: Callbacks) =>
    settle(opts, async () => {
      await gate('requirePrivacyAuthorize')
      return { errMsg: 'requirePrivacyAuthorize:ok' }
    })
  wx.openPrivacyContract = (opts: Callbacks) =>
    settle(opts, async () => {
      p.contractOpened += 1
      return { errMsg: 'openPrivacyContract:ok' }
    })
  wx.chooseMedia = (opts: Callbacks & Record<string, unknown>) =>
    settle(opts, async () => {
      await gate('chooseMedia')
      const { success: _s, fail: _f, complete: _c, ...asked } = opts
      p.chooseMedia.push(asked)
      return { errMsg: 'chooseMedia:ok', type: 'image', tempFiles: p.nextMedia.splice(0) }
    })
}
