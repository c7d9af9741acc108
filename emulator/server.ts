/**
 * `npm start`: the emulator over HTTP on one local port — the H5 app, `POST /functions/<name>`
 * (callFunction), uploads and file URLs (cloud storage), and the emulator's own pages: the
 * dev login (choose who you are) and the recorded WeChat notifications. Development and
 * demonstration only; it listens on 127.0.0.1 unless told otherwise.
 */
import Fastify from 'fastify'
import fastifyStatic from '@fastify/static'
import fastifyCookie from '@fastify/cookie'
import fastifyMultipart from '@fastify/multipart'
import fastifyFormbody from '@fastify/formbody'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { installErrorShape, sendError } from './http-errors'
import { createEmulator, type Emulator } from './index'
import { FileExistsError } from './storage'
import { loginPage, notificationsPage, OVERLAY_JS } from './pages/dev-pages'
import { alertsPage } from './pages/alerts-page'
import { LIMITS } from '../shared/limits'
import { parseUploadPath, type UploadFolder } from '../shared/uploads'

const COOKIE = 'emu_openid'
const MB = 1024 * 1024
/** A call's JSON body (the functions' payloads are small; files go through uploads). */
const MAX_BODY = 1 * MB
/** The largest file any folder takes (a short video); each folder's own limit is checked after the upload. */
const MAX_UPLOAD = LIMITS.videoBytes
/** Bytes and content types each folder takes: photos and PDFs, voice notes, short videos (issue 19). */
const FOLDER_RULES: Record<UploadFolder, { bytes: number; types: RegExp; what: string }> = {
  complaints: { bytes: LIMITS.photoBytes, types: /^image\//, what: '图片' },
  evidence: { bytes: LIMITS.photoBytes, types: /^image\/|^application\/pdf$/, what: '图片或 PDF' },
  signatures: { bytes: LIMITS.photoBytes, types: /^image\//, what: '图片' },
  voice: { bytes: LIMITS.voiceBytes, types: /^audio\/|^video\/(webm|mp4)$/, what: '录音' },
  videos: { bytes: LIMITS.videoBytes, types: /^video\//, what: '视频' },
  // Issue 16: the roster to import; browsers may give no type or a generic one for an .xlsx (the function reads the bytes).
  imports: {
    bytes: 10 * MB,
    types: /^application\/(vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet|octet-stream|zip)$|^$/,
    what: 'Excel 表格（.xlsx）',
  },
}

/** The emulator's own clock, when started with --clock: it can be moved forward (tests, demonstrations). */
export interface EmulatorClock {
  /** Moves the clock forward by `ms`. */
  advance(ms: number): void
}

export async function createServer(emu: Emulator, opts: { h5Dir: string; clock?: EmulatorClock }) {
  // Open keep-alive connections (the browser's) must not hold up a stop.
  const app = Fastify({ logger: false, bodyLimit: MAX_BODY, forceCloseConnections: true })
  installErrorShape(app, { bodyMB: MAX_BODY / MB, fileMB: MAX_UPLOAD / MB })
  await app.register(fastifyCookie)
  await app.register(fastifyFormbody)
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD, files: 1 } })
  const who = (req: { cookies: Record<string, string | undefined> }) => req.cookies[COOKIE] ?? ''
  const accountOf = (openid: string) => emu.accounts.find((a) => a.openid === openid)

  app.post<{ Params: { name: string } }>('/functions/:name', async (req, reply) => {
    const openid = who(req)
    if (!openid) return sendError(reply, 401, 'UNAUTHENTICATED', '未选择身份：请先打开 /__emu/login 选择身份')
    if (!emu.functions.has(req.params.name)) return sendError(reply, 404, 'NOT_FOUND', `没有名为“${req.params.name}”的云函数`)
    // callFunction's data is a JSON object; Fastify would also hand over text or form bodies.
    if (req.body !== undefined && !/^application\/json\b/i.test(String(req.headers['content-type'] ?? '')))
      return sendError(reply, 415, 'INVALID_INPUT', '请求内容应为 JSON（Content-Type: application/json）')
    if (req.body !== undefined && (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)))
      return sendError(reply, 400, 'INVALID_INPUT', '请求内容应为 JSON 对象：{ action, payload }')
    try {
      return await emu.call(req.params.name, req.body ?? {}, openid)
    } catch (e) {
      // The functions answer their own errors; this is one that escaped them (WeChat's -504002).
      console.error(`[emulator] function ${req.params.name} failed`, e)
      return sendError(reply, 500, 'INTERNAL', '云函数执行失败，请稍后重试')
    }
  })

  app.post('/storage/upload', async (req, reply) => {
    if (!who(req)) return sendError(reply, 401, 'UNAUTHENTICATED', '未选择身份：请先打开 /__emu/login 选择身份')
    const file = await req.file()
    if (!file) return sendError(reply, 400, 'INVALID_INPUT', '缺少文件')
    const buf = await file.toBuffer()
    const cloudPath = String((file.fields.cloudPath as { value?: string } | undefined)?.value ?? '')
    // Only the paths the mini-program names (shared/uploads.ts: folder, the uploader's folder key, day, upload id).
    const parsed = parseUploadPath(cloudPath)
    const rules = parsed ? FOLDER_RULES[parsed.folder] : FOLDER_RULES.complaints
    if (file.file.truncated || buf.length > rules.bytes)
      return sendError(reply, 413, 'PAYLOAD_TOO_LARGE', `单个文件不能超过 ${Math.round(rules.bytes / MB)}MB`)
    if (!parsed) return sendError(reply, 400, 'INVALID_INPUT', '文件路径不合法')
    // Browsers give recordings as audio/* (or video/webm for an audio-only webm); photos as image/*.
    if (!rules.types.test(file.mimetype)) return sendError(reply, 415, 'INVALID_INPUT', `这里只能上传${rules.what}`)
    try {
      return await emu.storage.uploadFile({ cloudPath, fileContent: buf })
    } catch (e) {
      if (!(e instanceof FileExistsError)) throw e
      // Stored files are evidence: a second upload to the same path never replaces the first.
      return sendError(reply, 409, 'CONFLICT', '该文件路径已有文件，未覆盖。请重新上传（将使用新的文件名）')
    }
  })

  app.get<{ Params: { '*': string } }>('/storage/files/*', async (req, reply) => {
    let path: string
    try {
      path = emu.storage.pathOf(req.params['*'])
    } catch {
      return sendError(reply, 404, 'NOT_FOUND', '文件不存在或已删除')
    }
    if (!existsSync(path)) return sendError(reply, 404, 'NOT_FOUND', '文件不存在或已删除')
    return reply.sendFile(path.slice(emu.storage.root.length + 1), emu.storage.root)
  })

  app.get('/__emu/login', async (_req, reply) => reply.type('text/html').send(loginPage(emu.accounts, await emu.departments())))
  app.post<{ Body: { openid?: string } }>('/__emu/login', async (req, reply) => {
    const raw = String((req.body as Record<string, string>)?.openid ?? '')
    const openid = raw === 'new' ? `demo-new-${Date.now().toString(36)}` : raw
    if (!/^demo-[\w-]{1,40}$/.test(openid)) return reply.code(400).send('invalid identity')
    reply.setCookie(COOKIE, openid, { path: '/', httpOnly: true, sameSite: 'lax' })
    return reply.redirect('/')
  })
  app.get('/__emu/logout', async (_req, reply) => reply.clearCookie(COOKIE, { path: '/' }).redirect('/__emu/login'))
  app.get('/__emu/whoami', async (req) => {
    const openid = who(req)
    const a = accountOf(openid)
    return { openid, name: a?.name ?? (openid ? '新微信用户' : ''), role: a?.role ?? null, hint: a?.hint ?? '' }
  })
  app.get('/__emu/notifications', async (req, reply) => {
    const mine = (req.query as Record<string, string>).all ? undefined : who(req) || undefined
    return reply.type('text/html').send(notificationsPage(emu.recorder.list(mine), emu.accounts, !!mine, mine ? [] : emu.wecom.list()))
  })
  app.get('/__emu/notifications.json', async (req) => emu.recorder.list(who(req) || undefined))
  app.post<{ Body: { results?: Record<string, string> } }>('/__emu/subscribe', async (req, reply) => {
    const openid = who(req)
    if (!openid) return reply.code(401).send({ errMsg: '未登录' })
    emu.recorder.consent(openid, req.body?.results ?? {})
    return { errMsg: 'requestSubscribeMessage:ok', ...(req.body?.results ?? {}) }
  })
  app.get('/__emu/overlay.js', async (_req, reply) => reply.type('application/javascript').send(OVERLAY_JS))
  // Issue 14: what WeCom application messages, SMS and group robots would have received.
  const recordedAlerts = () => ({ wecomApp: emu.wecomApp.list(), sms: emu.sms.list(), robots: emu.wecom.list() })
  app.get('/__emu/alerts', async (_req, reply) => reply.type('text/html').send(alertsPage(recordedAlerts(), emu.accounts)))
  app.get('/__emu/alerts.json', async () => recordedAlerts())
  // With --clock only: move the emulator's clock forward and run every timer trigger once, as their schedule would.
  app.post<{ Body: { minutes?: number } }>('/__emu/clock', async (req, reply) => {
    const minutes = Number((req.body as Record<string, unknown>)?.minutes)
    if (!opts.clock) return reply.code(404).send({ errMsg: '模拟器未以 --clock 启动，时钟不可调' })
    if (!(minutes > 0 && minutes <= 24 * 60)) return reply.code(400).send({ errMsg: 'minutes 应为 1–1440' })
    opts.clock.advance(minutes * 60_000)
    for (const fn of emu.functions.values()) if (fn.config.triggers?.some((t) => t.type === 'timer')) await emu.fireTimer(fn.name)
    return { now: Date.now() }
  })

  const indexHtml = () => {
    const file = join(opts.h5Dir, 'index.html')
    if (!existsSync(file))
      return '<!doctype html><meta charset="utf-8"><p>H5 应用尚未构建：请运行 <code>npm run build:h5</code> 或 <code>npm start</code>。</p>'
    // The dev toolbar is injected here, by the emulator: the app itself has no identity switch.
    return readFileSync(file, 'utf8').replace('</body>', '<script src="/__emu/overlay.js"></script></body>')
  }
  const serveIndex = async (req: { cookies: Record<string, string | undefined> }, reply: any) =>
    who(req) ? reply.type('text/html').header('cache-control', 'no-store').send(indexHtml()) : reply.redirect('/__emu/login')
  app.get('/', serveIndex)
  app.get('/index.html', serveIndex)
  if (existsSync(opts.h5Dir)) await app.register(fastifyStatic, { root: opts.h5Dir, index: false, wildcard: true, decorateReply: true })
  else await app.register(fastifyStatic, { root: emu.storage.root, serve: false })
  return app
}

/** Moves the process clock (Date only) to `iso` and lets it run on from there; it can be moved forward later. */
function startClockAt(iso: string): EmulatorClock {
  const at = Date.parse(iso)
  if (Number.isNaN(at)) throw new Error(`--clock: not a date: ${iso}`)

  const FakeTimers = require('@sinonjs/fake-timers') as {
    install(o: { now: number; toFake: string[]; shouldAdvanceTime: boolean }): { setSystemTime(t: number): void }
  }
  const clock = FakeTimers.install({ now: at, toFake: ['Date'], shouldAdvanceTime: true })
  return { advance: (ms) => clock.setSystemTime(Date.now() + ms) }
}

async function cli() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '8787' },
      host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
      data: { type: 'string', default: process.env.EMULATOR_DATA ?? './.data' },
      clock: { type: 'string', default: process.env.EMULATOR_CLOCK },
      h5: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    console.log(
      'Usage: tsx emulator/server.ts [--port 8787] [--host 127.0.0.1] [--data ./.data | --data memory] [--clock 2026-11-30T10:00:00+08:00] [--h5 dist-h5]\n' +
        'Serves the H5 app (dist-h5/) and the cloud functions on one port. Data persists in --data ("memory": nothing kept).\n' +
        "--clock starts the emulator's clock at that instant and lets it run (demonstrations, deadlines, tests).",
    )
    return
  }
  const clock = values.clock ? startClockAt(values.clock) : undefined
  const root = resolve(__dirname, '..')
  const emu = await createEmulator({ dataDir: values.data === 'memory' ? null : values.data!, root, timers: true })
  const app = await createServer(emu, { h5Dir: values.h5 ? resolve(values.h5) : join(root, 'dist-h5'), clock })
  const address = await app.listen({ port: Number(values.port), host: values.host })
  const url = address.replace('127.0.0.1', 'localhost')
  emu.setBaseUrl(url)
  const data = values.data === 'memory' ? 'in memory (nothing is kept)' : resolve(values.data!)
  console.log(
    `\n  物业投诉处理 — local emulator of WeChat cloud (development only, not for production)\n  Open ${url}/  (choose who you are at ${url}/__emu/login)\n  Data: ${data}${values.clock ? `\n  Clock: started at ${new Date().toISOString()}` : ''}\n`,
  )
  const stop = async () => {
    setTimeout(() => process.exit(0), 3000).unref() // never hang on the way out
    await app.close()
    emu.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

if (require.main === module) {
  cli().catch((e) => {
    console.error(`[emulator] failed to start: ${e.message}`)
    process.exit(1)
  })
}
