/**
 * The emulator's HTTP endpoints at their edges: a body that is not JSON, too large or of the wrong
 * type, a malformed upload and an unknown route all answer in the product's error shape
 * (`{ ok: false, error: { code, message } }`, a Chinese message, a proper code) — never Fastify's
 * English — and a second upload to a stored path never replaces the first file.
 */
import { readFileSync } from 'node:fs'
import type { FastifyInstance } from 'fastify'
import { createEmulator, type Emulator } from '../../emulator'
import { createServer } from '../../emulator/server'
import { FileExistsError } from '../../emulator/storage'

const cloud = require('wx-server-sdk')

let emu: Emulator
let app: FastifyInstance
let cookie: string

beforeAll(async () => {
  emu = await createEmulator({ dataDir: null, functions: ['complaint'] })
  app = await createServer(emu, { h5Dir: '/nonexistent-h5' })
  const login = await app.inject({
    method: 'POST',
    url: '/__emu/login',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: 'openid=demo-resident-01',
  })
  cookie = String(login.headers['set-cookie']).split(';')[0]
})

afterAll(async () => {
  await app.close()
  emu.close()
})

const CHINESE = /[\u4e00-\u9fff]/

/** The answer's envelope, checked to be the product's error shape with a Chinese message. */
function productError(res: { statusCode: number; headers: Record<string, unknown>; body: string }) {
  expect(res.headers['content-type']).toMatch(/^application\/json/)
  const body = JSON.parse(res.body)
  expect(Object.keys(body).sort()).toEqual(['error', 'ok'])
  expect(body.ok).toBe(false)
  expect(Object.keys(body.error).sort()).toEqual(['code', 'message'])
  expect(body.error.message).toMatch(CHINESE)
  expect(body.error.message).not.toMatch(/FST_|Body|JSON but|Unsupported|not found|too large/)
  return { status: res.statusCode, ...body.error }
}

const call = (payload: string | Buffer, contentType = 'application/json', name = 'complaint') =>
  app.inject({ method: 'POST', url: `/functions/${name}`, headers: { 'content-type': contentType, cookie }, payload })

/** A multipart/form-data body with the given text fields and one file part. */
function multipart(fields: Record<string, string>, file?: { name: string; type: string; content: Buffer }) {
  const boundary = '----emulator-test-boundary'
  const parts: Buffer[] = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  )
  if (file)
    parts.push(
      Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${file.name}"\r\ncontent-type: ${file.type}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    )
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` }
}

const upload = (cloudPath: string, content: Buffer, type = 'image/jpeg', who = cookie) => {
  const m = multipart({ cloudPath }, { name: 'a.jpg', type, content })
  return app.inject({ method: 'POST', url: '/storage/upload', headers: { 'content-type': m.contentType, cookie: who }, payload: m.payload })
}

describe('POST /functions/<name>', () => {
  it('given a well-formed call, it answers with the function result as before', async () => {
    const res = await call(JSON.stringify({ action: 'me.get', payload: {} }))
    expect(res.statusCode).toBe(200)
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: { openid: 'demo-resident-01' } })
  })

  it('given a body that is not JSON, it answers 400 INVALID_INPUT in Chinese', async () => {
    expect(productError(await call('{"action": "me.get", '))).toEqual({
      status: 400,
      code: 'INVALID_INPUT',
      message: '请求内容不是有效的 JSON',
    })
  })

  it('given an empty JSON body, it answers 400 INVALID_INPUT', async () => {
    expect(productError(await call(''))).toMatchObject({ status: 400, code: 'INVALID_INPUT' })
  })

  it('given a body over 1 MB, it answers 413 PAYLOAD_TOO_LARGE and calls no function', async () => {
    const huge = JSON.stringify({ action: 'complaint.submit', payload: { description: 'x'.repeat(1024 * 1024) } })
    expect(productError(await call(huge))).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE', message: '请求内容超过 1MB，未处理' })
    expect((await cloud.database().collection('complaints').count()).total).toBe(0)
  })

  it('given a body of another type (text, a form), it answers 415 INVALID_INPUT', async () => {
    expect(productError(await call('action=me.get', 'text/plain'))).toMatchObject({ status: 415, code: 'INVALID_INPUT' })
    expect(productError(await call('action=me.get', 'application/x-www-form-urlencoded'))).toMatchObject({
      status: 415,
      code: 'INVALID_INPUT',
    })
    expect(productError(await call('x', 'application/octet-stream'))).toMatchObject({ status: 415, code: 'INVALID_INPUT' })
  })

  it('given JSON that is not an object ({ action, payload }), it answers 400 INVALID_INPUT', async () => {
    for (const body of ['[1, 2]', '"me.get"', '42', 'null'])
      expect(productError(await call(body))).toMatchObject({ status: 400, code: 'INVALID_INPUT' })
  })

  it('given a JSON body with a __proto__ key, it refuses it as INVALID_INPUT', async () => {
    expect(productError(await call('{"__proto__": {"admin": true}, "action": "me.get"}'))).toMatchObject({
      status: 400,
      code: 'INVALID_INPUT',
    })
  })

  it('given no chosen identity, it answers 401 UNAUTHENTICATED', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/functions/complaint',
      headers: { 'content-type': 'application/json' },
      payload: '{}',
    })
    expect(productError(res)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' })
  })

  it('given a function that does not exist, it answers 404 NOT_FOUND', async () => {
    expect(productError(await call('{}', 'application/json', 'nope'))).toMatchObject({ status: 404, code: 'NOT_FOUND' })
  })

  it('given a route that does not exist, it answers 404 NOT_FOUND in the same shape', async () => {
    expect(productError(await app.inject({ method: 'POST', url: '/functions', headers: { cookie } }))).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    })
    expect(productError(await app.inject({ method: 'GET', url: '/storage/files/complaints/none.jpg' }))).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    })
  })
})

describe('POST /storage/upload', () => {
  it('given a request that is not multipart, it answers 400 INVALID_INPUT', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/storage/upload',
      headers: { 'content-type': 'application/json', cookie },
      payload: '{}',
    })
    expect(productError(res)).toMatchObject({ status: 400, code: 'INVALID_INPUT', message: '上传文件应使用 multipart/form-data' })
  })

  it('given a file over 10 MB, it answers 413 PAYLOAD_TOO_LARGE and stores nothing', async () => {
    const res = await upload('complaints/0123456789abcdef01234567/20261130/bigphoto.jpg', Buffer.alloc(10 * 1024 * 1024 + 1, 1))
    expect(productError(res)).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE', message: '单个文件不能超过 10MB' })
    expect(
      (await app.inject({ method: 'GET', url: '/storage/files/complaints/0123456789abcdef01234567/20261130/bigphoto.jpg' })).statusCode,
    ).toBe(404)
  })

  it('issue 19 given a voice note, it takes audio in the voice folder up to 2 MB and refuses an image there, a bigger file, or audio among photos', async () => {
    const dir = '0123456789abcdef01234567/20261130'
    const ok = await upload(`voice/${dir}/voice0001.aac`, Buffer.from('aac'), 'audio/aac')
    expect(ok.statusCode).toBe(200)
    expect(JSON.parse(ok.body).fileID).toMatch(/\/voice\/.+\.aac$/)
    // A browser's recording: webm audio (Chromium reports it as video/webm when it has no video track).
    expect((await upload(`voice/${dir}/voice0002.webm`, Buffer.from('webm'), 'video/webm')).statusCode).toBe(200)
    expect(productError(await upload(`voice/${dir}/voice0003.aac`, Buffer.from('x'), 'image/jpeg'))).toEqual({
      status: 415,
      code: 'INVALID_INPUT',
      message: '这里只能上传录音',
    })
    expect(productError(await upload(`voice/${dir}/voice0004.aac`, Buffer.alloc(2 * 1024 * 1024 + 1, 1), 'audio/aac'))).toEqual({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: '单个文件不能超过 2MB',
    })
    expect(productError(await upload(`complaints/${dir}/voice0005.jpg`, Buffer.from('aac'), 'audio/aac'))).toMatchObject({ status: 415 })
    expect(productError(await upload(`voice/${dir}/voice0006.exe`, Buffer.from('x'), 'audio/aac'))).toMatchObject({
      status: 400,
      message: '文件路径不合法',
    })
    expect((await upload(`videos/${dir}/video0001.mp4`, Buffer.alloc(11 * 1024 * 1024, 1), 'video/mp4')).statusCode).toBe(200)
  })

  it('given a bad path, a wrong type or no file, it answers INVALID_INPUT in Chinese', async () => {
    expect(productError(await upload('../etc/passwd', Buffer.from('x')))).toMatchObject({ status: 400, code: 'INVALID_INPUT' })
    // Only the paths the mini-program names (shared/uploads.ts): the old dated paths without a folder key too.
    expect(productError(await upload('complaints/20261130/a.jpg', Buffer.from('x')))).toMatchObject({ status: 400, code: 'INVALID_INPUT' })
    expect(
      productError(await upload('complaints/0123456789abcdef01234567/20261130/notimage.jpg', Buffer.from('x'), 'application/x-msdownload')),
    ).toMatchObject({
      status: 415,
      code: 'INVALID_INPUT',
    })
    const m = multipart({ cloudPath: 'complaints/0123456789abcdef01234567/20261130/nofile01.jpg' })
    const none = await app.inject({
      method: 'POST',
      url: '/storage/upload',
      headers: { 'content-type': m.contentType, cookie },
      payload: m.payload,
    })
    expect(productError(none)).toMatchObject({ status: 400, code: 'INVALID_INPUT', message: '缺少文件' })
  })

  it('given the same path twice, it keeps the first file and refuses the second with 409 CONFLICT', async () => {
    const path = 'complaints/0123456789abcdef01234567/20261130/samephoto.jpg'
    const first = await upload(path, Buffer.from('first photo'))
    expect(first.statusCode).toBe(200)
    const { fileID } = JSON.parse(first.body)
    expect(fileID).toBe(`${emu.storage.prefix}${path}`)
    // Another user (or the same one) uploading to that path does not replace it.
    const other = await app.inject({
      method: 'POST',
      url: '/__emu/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'openid=demo-resident-02',
    })
    const second = await upload(path, Buffer.from('second photo'), 'image/jpeg', String(other.headers['set-cookie']).split(';')[0])
    expect(productError(second)).toMatchObject({ status: 409, code: 'CONFLICT' })
    expect(readFileSync(emu.storage.pathOf(path), 'utf8')).toBe('first photo')
    expect((await app.inject({ method: 'GET', url: `/storage/files/${path}` })).body).toBe('first photo')
  })

  it('given two uploads to one path at once, exactly one is stored, whole', async () => {
    const path = 'evidence/0123456789abcdef01234567/20261130/racefile.jpg'
    const results = await Promise.all([upload(path, Buffer.alloc(64 * 1024, 'a')), upload(path, Buffer.alloc(64 * 1024, 'b'))])
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409])
    const stored = readFileSync(emu.storage.pathOf(path), 'utf8')
    expect([Buffer.alloc(64 * 1024, 'a').toString(), Buffer.alloc(64 * 1024, 'b').toString()]).toContain(stored)
  })
})

describe("the functions' own cloud.uploadFile", () => {
  it('given a path already stored, it rejects with FileExistsError and keeps the first file', async () => {
    const cloudPath = 'exports/20261130/report-1.xlsx'
    await emu.storage.uploadFile({ cloudPath, fileContent: 'v1' })
    await expect(emu.storage.uploadFile({ cloudPath, fileContent: 'v2' })).rejects.toBeInstanceOf(FileExistsError)
    expect(readFileSync(emu.storage.pathOf(cloudPath), 'utf8')).toBe('v1')
  })
})
