/**
 * Test harness: a fresh in-memory emulator running the BUILT complaint function (as uploaded to
 * WeChat cloud), and callers that act as a given WeChat user. Time is faked through Date only
 * (jest's modern fake timers with everything else real), so deadlines can be crossed.
 */
import { createEmulator, type Emulator } from '../../emulator'
import { environment } from '../../cloudfunctions/complaint/infra/environment'
import { uploadPath, type UploadFolder } from '../../shared/uploads'

export type Caller = (action: string, payload?: Record<string, unknown>) => Promise<any>

export interface Harness {
  emu: Emulator
  /** Calls the complaint function as `openid`; returns the raw `{ ok, data | error }`. */
  raw: (openid: string) => Caller
  /** Calls as `openid` and returns `data`, failing the test on `{ ok: false }`. */
  as: (openid: string) => Caller
  /** Reads a collection directly (what is stored, not what a caller sees). */
  docs: (collection: string, where?: Record<string, unknown>) => Promise<any[]>
  /** Grants WeChat-side consent and reports it, as the mini-program does after a tap. */
  subscribe: (openid: string, templates: string[]) => Promise<void>
  /** Everything stored, to compare before and after: each collection's documents (sorted) and what WeChat recorded (messages, robot posts). */
  snapshot: () => Record<string, string[]>
  /**
   * Uploads a file as `openid` does from the mini-program (under their folder key, shared/uploads.ts);
   * `content` sets its bytes (the emulator's media check reads markers in them). @returns its fileID.
   */
  upload: (openid: string, folder?: UploadFolder, ext?: string, content?: string) => Promise<string>
  close: () => void
}

export const U = {
  wangli: 'demo-resident-01',
  chen: 'demo-resident-02',
  liu: 'demo-resident-03',
  zhao: 'demo-resident-04',
  sun: 'demo-resident-05',
  zhou: 'demo-resident-06',
  wu: 'demo-resident-07',
  zheng: 'demo-resident-08',
  qian: 'demo-resident-09',
  feng: 'demo-resident-10',
  chu: 'demo-resident-11',
  wei: 'demo-resident-12',
  jiang: 'demo-resident-13',
  agent: 'demo-agent',
  csSupervisor: 'demo-cs-supervisor',
  cleaning: 'demo-cleaning-handler',
  cleaningSupervisor: 'demo-cleaning-supervisor',
  landscaping: 'demo-landscaping-handler',
  security: 'demo-security-handler',
  guard: 'demo-security-guard',
  securitySupervisor: 'demo-security-supervisor',
  engineering: 'demo-engineering-handler',
  engineeringSupervisor: 'demo-engineering-supervisor',
  parking: 'demo-parking-handler',
  parkingSupervisor: 'demo-parking-supervisor',
  manager: 'demo-manager',
  stranger: 'demo-stranger',
} as const

/** A fresh emulator; `functions` limits which built functions it loads (default: complaint). */
export async function startHarness(functions: string[] = ['complaint']): Promise<Harness> {
  const emu = await createEmulator({ dataDir: null, functions })
  const raw =
    (openid: string): Caller =>
    (action, payload = {}) =>
      emu.call('complaint', { action, payload }, openid)
  const as =
    (openid: string): Caller =>
    async (action, payload = {}) => {
      const r = await raw(openid)(action, payload)
      if (!r?.ok) throw new Error(`${action} as ${openid} failed: ${JSON.stringify(r?.error ?? r)}`)
      return r.data
    }
  const docs = async (collection: string, where: Record<string, unknown> = {}) => {
    const cloud = require('wx-server-sdk')
    const r = await cloud.database().collection(collection).where(where).limit(1000).get()
    return r.data
  }
  /** One requestSubscribeMessage per listed name (a name listed twice is two taps). */
  const subscribe = async (openid: string, templates: string[]) => {
    for (const t of templates) {
      const results = { [environment.templates[t as keyof typeof environment.templates] ?? t]: 'accept' }
      emu.recorder.consent(openid, results)
      await as(openid)('subscription.report', { results })
    }
  }
  let uploads = 0
  const upload = async (
    openid: string,
    folder: UploadFolder = 'complaints',
    ext = folder === 'signatures' ? 'png' : 'jpg',
    content = ext,
  ) => {
    const { fileKey } = await as(openid)('me.get')
    const day = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '')
    const path = uploadPath(folder, fileKey, day, `test${String(++uploads).padStart(6, '0')}`, ext)
    return (await emu.storage.uploadFile({ cloudPath: path, fileContent: Buffer.from(content) })).fileID
  }
  const snapshot = () => ({
    ...Object.fromEntries(emu.store.collectionNames().map((name) => [name, emu.store.findJson(name).sort()])),
    'wechat:messages': emu.recorder.list().map((m) => JSON.stringify(m)),
    'wechat:robots': emu.wecom.list().map((m) => JSON.stringify(m)),
  })
  return { emu, raw, as, docs, subscribe, upload, snapshot, close: () => emu.close() }
}

/**
 * A fresh harness for every test of the file, with the clock at `iso` (Shanghai 10:00 on Monday
 * 30 November 2026 by default); the returned object always forwards to the current test's harness.
 */
export function harnessPerTest(iso = '2026-11-30T02:00:00Z', functions?: string[]): Harness {
  let current: Harness | undefined
  beforeEach(async () => {
    setNow(iso)
    current = await startHarness(functions)
  })
  afterEach(() => {
    current?.close()
    current = undefined
    jest.useRealTimers()
  })
  return new Proxy({} as Harness, { get: (_t, p) => (current as any)?.[p] })
}

/** Fakes only Date (and performance.now) at `iso`, leaving timers and I/O real. */
export function setNow(iso: string | number): void {
  jest.useFakeTimers({
    doNotFake: [
      'nextTick',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
      'queueMicrotask',
      'hrtime',
      'performance',
    ],
    now: typeof iso === 'number' ? iso : Date.parse(iso),
  })
}

export const sample = require('../fixtures/sample-complaints.json') as {
  complaints: {
    id: string
    channel: string
    category: string
    complainant: { name: string; room: string; phone: string }
    location: string
    content: string
    emergency?: boolean
    subject_staff?: string
    expect: string
  }[]
}
