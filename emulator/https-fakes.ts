/**
 * The functions' HTTPS requests to the services the emulator stands in for (WeCom's API, Tencent
 * Cloud SMS) are answered here instead of on the network; every other host still goes out as it
 * would. A fake request behaves as Node's ClientRequest does for the callers we have — Node's own
 * `https.request` with a callback (the WeCom senders) and node-fetch 2 (the Tencent Cloud SDK):
 * body by write/end, the answer as a 'response' event with a readable body, or an 'error'.
 */
import { EventEmitter } from 'node:events'
import { PassThrough } from 'node:stream'

// The module object itself (an ES namespace import would be a copy): the functions' bundles and
// node-fetch read `request` from it at call time, so replacing it here reaches them.

const https = require('node:https') as typeof import('node:https')

/** What a fake service sees of one request. */
export interface FakeRequest {
  method: string
  path: string
  headers: Record<string, string>
  body: string
}

/** A fake service's answer: a JSON body with a status, or a network failure (a timeout, at once, so tests do not wait). */
export type FakeAnswer = { status?: number; json: unknown } | { fail: 'timeout' | 'reset' }

export type FakeHost = (req: FakeRequest) => FakeAnswer

const hosts = new Map<string, FakeHost>()
const realRequest = https.request
let installed = false

/** Answers requests for `hostname` with `handler` (a later call for the same host replaces it). */
export function fakeHost(hostname: string, handler: FakeHost): void {
  hosts.set(hostname, handler)
  if (installed) return
  installed = true
  https.request = ((options: any, callback?: any) => {
    const handler = typeof options === 'object' && options ? hosts.get(options.hostname ?? options.host) : undefined
    if (!handler) return realRequest(options, callback)
    return fakeRequest(handler, options, callback)
  }) as typeof https.request
}

function lowerKeys(headers: Record<string, unknown> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]))
}

/** A ClientRequest look-alike: collects the body, answers after end(). */
function fakeRequest(handler: FakeHost, options: any, callback?: (res: unknown) => void) {
  const req = new EventEmitter() as EventEmitter & Record<string, any>
  const chunks: Buffer[] = []
  let done = false
  if (callback) req.once('response', callback)
  req.write = (chunk: string | Buffer) => void chunks.push(Buffer.from(chunk))
  req.setTimeout = () => req
  req.setHeader = () => undefined
  req.abort = () => void (done = true)
  req.destroy = (err?: Error) => {
    done = true
    if (err) setImmediate(() => req.emit('error', err))
    return req
  }
  req.end = (chunk?: string | Buffer) => {
    if (chunk) req.write(chunk)
    const path = String(options.path ?? options.pathname ?? '/')
    const answer = handler({
      method: String(options.method ?? 'GET'),
      path,
      headers: lowerKeys(options.headers),
      body: Buffer.concat(chunks).toString('utf8'),
    })
    setImmediate(() => {
      if (done) return
      if ('fail' in answer) {
        const code = answer.fail === 'timeout' ? 'ETIMEDOUT' : 'ECONNRESET'
        return void req.emit('error', Object.assign(new Error(`connect ${code} (emulated)`), { code }))
      }
      const text = JSON.stringify(answer.json)
      const res = Object.assign(new PassThrough(), {
        statusCode: answer.status ?? 200,
        statusMessage: 'OK',
        headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) },
      })
      req.emit('response', res)
      res.end(text)
    })
    return req
  }
  return req
}
