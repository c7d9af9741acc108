/**
 * The local emulator of WeChat cloud, as a library: the database (better-sqlite3 + mingo behind
 * the real wx-server-sdk), per-call WeChat context, the message recorder, local storage, the
 * built cloud functions and their timers. `npm start` wraps it in an HTTP server (server.ts);
 * the tests use it directly, in memory.
 */
import Database from 'better-sqlite3'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { resolveEnvironment } from '../config/environments'
import { openStore, installDatabase } from './db/install'
import { DEMO_ACCOUNTS, DEMO_ESTATE, DEMO_ESTATES, storedAccount } from './demo-accounts'
import { DEFAULT_ESTATE } from '@shared/matters'
import { invoke, loadFunctions, type CloudFunction } from './functions'
import { MessageRecorder } from './recorder'
import { installWeCom, WeComRecorder } from './wecom'
import { WeComAppRecorder, type WecomAppIdentity } from './wecom-app'
import { fakeHost } from './https-fakes'
import { SmsRecorder, type SmsIdentity } from './sms'
import { installSdk } from './sdk'
import { TextChecker } from './content-check'
import { MediaChecker, type MediaCheckEvent } from './media-check'
import { LocalStorage } from './storage'
import { startTimers, timerEvent } from './timers'
import { DEFAULT_ALERTS, DEFAULT_SETTINGS, withDefaults } from '../cloudfunctions/complaint/domain/settings'

export interface EmulatorOptions {
  /** Folder for the database, WeChat-side records and uploads; null keeps everything in memory. */
  dataDir: string | null
  /** Repository root (where cloudfunctions/ is). */
  root?: string
  /** Seed demo accounts and settings when the users collection is empty (default true). */
  seed?: boolean
  /** Run the functions' timer triggers on their schedule (default false; the server turns it on). */
  timers?: boolean
  /** Load only these functions (default: every built one). */
  functions?: string[]
  /**
   * The alert function's environment (issue 14): which of its channels are configured. Both by
   * default, with the emulator's own corp and SMS account; `false` leaves one unconfigured.
   */
  alertChannels?: { wecomApp?: boolean; sms?: boolean }
}

/** The emulator's WeCom application and SMS account: what the alert function's environment holds locally. */
export const EMULATED_WECOM_APP: WecomAppIdentity = {
  corpId: 'ww0e0mu1a7ed0c0rp',
  agentId: 1000002,
  secret: 'local-wecom-app-secret-0000000000000000000',
}
export const EMULATED_SMS: SmsIdentity & { secretKey: string } = {
  secretId: 'AKIDlocalSmsKey000000000000000000000',
  secretKey: 'local-sms-secret-key-00000000000000',
  sdkAppId: '1400000000',
  signName: '阳光花园物业',
  templateId: '2000001',
}

/** Sets (or clears) the alert function's environment variables as a cloud console would (one process: all functions see them). */
export function setAlertEnvironment(channels: { wecomApp?: boolean; sms?: boolean } = {}): void {
  const vars: Record<string, string> = {
    ...(channels.wecomApp === false
      ? {}
      : {
          WECOM_CORP_ID: EMULATED_WECOM_APP.corpId,
          WECOM_AGENT_ID: String(EMULATED_WECOM_APP.agentId),
          WECOM_SECRET: EMULATED_WECOM_APP.secret,
        }),
    ...(channels.sms === false
      ? {}
      : {
          SMS_SECRET_ID: EMULATED_SMS.secretId,
          SMS_SECRET_KEY: EMULATED_SMS.secretKey,
          SMS_SDK_APP_ID: EMULATED_SMS.sdkAppId,
          SMS_SIGN_NAME: EMULATED_SMS.signName,
          SMS_TEMPLATE_ID: EMULATED_SMS.templateId,
        }),
  }
  for (const k of [
    'WECOM_CORP_ID',
    'WECOM_AGENT_ID',
    'WECOM_SECRET',
    'SMS_SECRET_ID',
    'SMS_SECRET_KEY',
    'SMS_SDK_APP_ID',
    'SMS_SIGN_NAME',
    'SMS_TEMPLATE_ID',
  ])
    if (vars[k]) process.env[k] = vars[k]
    else delete process.env[k]
}

export type Emulator = Awaited<ReturnType<typeof createEmulator>>

/** The demo office has both alert channels on, a duty phone and a duty mobile (issue 14). */
const DEMO_ALERTS = { ...DEFAULT_ALERTS, wecomApp: true, sms: true, dutyPhone: '0571-88886666', dutyMobile: '13900009999' }

const cloud = require('wx-server-sdk') as any

export async function createEmulator(opts: EmulatorOptions) {
  const root = resolve(opts.root ?? join(__dirname, '..'))
  const env = resolveEnvironment('local')
  const dataDir = opts.dataDir ? resolve(opts.dataDir) : null
  if (dataDir) mkdirSync(dataDir, { recursive: true })
  const store = openStore({ path: dataDir ? join(dataDir, 'cloud.sqlite') : ':memory:' })
  const database = installDatabase(store)
  /** Fault injection for tests: the next `times` database requests matching `when` fail, as a crash or outage would. */
  const faults: { when: (action: string, params: Record<string, unknown>) => boolean; times: number }[] = []
  const send = database.send.bind(database)
  database.send = async (action, params, o) => {
    const f = faults.find((x) => x.times > 0 && x.when(action, (params ?? {}) as Record<string, unknown>))
    if (f) {
      f.times -= 1
      throw Object.assign(new Error('injected database failure'), { code: 'DATABASE_REQUEST_FAILED' })
    }
    return send(action, params, o)
  }
  const wechat = new Database(dataDir ? join(dataDir, 'wechat.sqlite') : ':memory:')
  wechat.pragma('journal_mode = WAL')
  const templates = Object.fromEntries(Object.entries(env.templates).map(([name, id]) => [id, name]))
  const recorder = new MessageRecorder(wechat, templates)
  // In memory, uploads go to a temporary folder that close() removes.
  const scratch = dataDir ? null : mkdtempSync(join(tmpdir(), 'emu-storage-'))
  const storage = new LocalStorage(dataDir ? join(dataDir, 'storage') : scratch!, env.cloudEnv)
  const functions = new Map<string, CloudFunction>()
  const text = new TextChecker()
  // WeChat pushes media verdicts to the function configured as the message-push target (docs/DEPLOY.md).
  const pushToComplaint = async (event: MediaCheckEvent) => {
    const fn = functions.get('complaint')
    if (fn) await invoke(fn, event, { OPENID: event.FromUserName, APPID: env.appid, ENV: env.cloudEnv, SOURCE: 'wx_unknown' })
  }
  const media = new MediaChecker(storage, env.appid, pushToComplaint)
  // The address the H5 app is served at; the server sets it once it listens.
  let baseUrl = 'http://localhost:8787'
  const wecom = new WeComRecorder(wechat)
  const wecomApp = new WeComAppRecorder(wechat, EMULATED_WECOM_APP)
  installWeCom(wecom, wecomApp)
  const sms = new SmsRecorder(wechat, EMULATED_SMS)
  fakeHost('sms.tencentcloudapi.com', (req) => sms.answer(req))
  setAlertEnvironment(opts.alertChannels)
  // Functions call each other by name (complaint → alert); one that is not loaded is not found, as in the cloud.
  const callFunction = (name: string, data: unknown) => {
    const fn = functions.get(name)
    if (!fn)
      return Promise.reject(Object.assign(new Error(`-501000 FunctionName parameter could not be found: ${name}`), { errCode: -501000 }))
    return invoke(fn, data, { OPENID: '', APPID: env.appid, ENV: env.cloudEnv, SOURCE: 'wx_function' })
  }
  installSdk({ recorder, storage, text, media, callFunction, baseUrl: () => baseUrl })
  cloud.init({ env: env.cloudEnv })
  for (const [name, fn] of loadFunctions(root, opts.functions)) functions.set(name, fn)

  /** Calls a function as the WeChat user `openid` (empty for a trigger) and returns its result. */
  async function call(name: string, event: unknown, openid: string): Promise<any> {
    const fn = functions.get(name)
    if (!fn) throw new Error(`no cloud function "${name}"`)
    return invoke(fn, event, { OPENID: openid, APPID: env.appid, ENV: env.cloudEnv, SOURCE: openid ? 'wx_client' : 'wx_trigger' })
  }

  /** Fires a function's timer trigger once, now. */
  async function fireTimer(name = 'complaint'): Promise<any> {
    const fn = functions.get(name) as CloudFunction
    const trigger = fn.config.triggers?.find((t) => t.type === 'timer')
    return invoke(fn, timerEvent(trigger?.name ?? 'timer'), { OPENID: '', APPID: env.appid, ENV: env.cloudEnv, SOURCE: 'wx_trigger' })
  }

  async function seed(): Promise<boolean> {
    const db = cloud.database()
    const existing = await db.collection('users').limit(1).get()
    if (existing.data.length) return false
    const now = Date.now()
    await db.collection('users').add({ data: DEMO_ACCOUNTS.map((a) => storedAccount(a, now)) })
    // Issue 16: three estates, each with its own settings; the company's calendar years in `company`.
    const by = { openid: 'demo-company-admin', name: '公司管理员', role: 'manager' }
    for (const { officeName, ...e } of DEMO_ESTATES) {
      await db
        .collection('estates')
        .doc(e.code)
        .set({ data: { ...e, households: 0, createdAt: now, createdBy: by } })
      const { calendar, ...own } = { ...DEFAULT_SETTINGS, officeName, estate: DEMO_ESTATE, alerts: DEMO_ALERTS }
      await db
        .collection('settings')
        .doc(`estate-${e.code}`)
        .set({ data: { ...own, calendar: { closures: calendar.closures } } })
    }
    await db
      .collection('settings')
      .doc('company')
      .set({ data: { calendar: { years: DEFAULT_SETTINGS.calendar.years } } })
    return true
  }
  if (opts.seed !== false) await seed()

  const stopTimers = opts.timers
    ? startTimers(functions.values(), async (fn, event) => {
        await invoke(fn, event, { OPENID: '', APPID: env.appid, ENV: env.cloudEnv, SOURCE: 'wx_trigger' }).catch((e) =>
          console.error(`[emulator] timer ${fn.name} failed`, e),
        )
      })
    : () => {}

  return {
    env,
    root,
    dataDir,
    store,
    database,
    recorder,
    wecom,
    wecomApp,
    sms,
    storage,
    /** security.msgSecCheck's word list and record of checked texts. */
    text,
    /** security.mediaCheckAsync: verdicts, delay, pushed events. */
    media,
    functions,
    call,
    fireTimer,
    /** Makes the next `times` database requests for which `when` holds fail. */
    failDatabase(when: (action: string, params: Record<string, unknown>) => boolean, times = 1) {
      faults.push({ when, times })
    },
    /** Demo accounts, for the dev-login page and tests. */
    accounts: DEMO_ACCOUNTS,
    /** The office's departments as its settings name them now (the dev-login page labels accounts with them). */
    async departments() {
      const r = await cloud
        .database()
        .collection('settings')
        .doc(`estate-${DEFAULT_ESTATE}`)
        .get()
        .catch(() => ({ data: null }))
      return withDefaults(r.data).departments
    },
    /** Where the H5 app is served (the links in the stand-in mini-program codes, C5). */
    setBaseUrl(url: string) {
      baseUrl = url
    },
    close() {
      stopTimers()
      media.close()
      store.close()
      wechat.close()
      if (scratch) rmSync(scratch, { recursive: true, force: true })
    },
  }
}
