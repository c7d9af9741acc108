/**
 * The emulator's HTTP edges answer in the product's error shape, `{ ok: false, error: { code,
 * message } }` with a Chinese message (docs/API.md), never Fastify's English: a body that is not
 * JSON, too large, of the wrong type, a malformed upload, an unknown route. The H5 app shows the
 * message as it is (src/services/api.ts, upload.h5.ts).
 */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify'

/** Codes the HTTP layer adds to the functions' own (PAYLOAD_TOO_LARGE exists only here). */
export type HttpErrorCode = 'INVALID_INPUT' | 'PAYLOAD_TOO_LARGE' | 'UNAUTHENTICATED' | 'NOT_FOUND' | 'CONFLICT' | 'INTERNAL'

/** Sends the product's error envelope with an HTTP status. */
export function sendError(reply: FastifyReply, status: number, code: HttpErrorCode, message: string) {
  return reply.code(status).type('application/json; charset=utf-8').send({ ok: false, error: { code, message } })
}

/** Fastify's and @fastify/multipart's error codes, in the product's words. */
const KNOWN: Record<string, [number, HttpErrorCode, (limits: Limits) => string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'INVALID_INPUT', () => '请求内容不是有效的 JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'INVALID_INPUT', () => '请求内容为空：应为 JSON'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'INVALID_INPUT', () => '请求内容与声明的长度不符'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'INVALID_INPUT', () => '请求内容应为 JSON（Content-Type: application/json）'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE', (l) => `请求内容超过 ${l.bodyMB}MB，未处理`],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [400, 'INVALID_INPUT', () => '上传文件应使用 multipart/form-data'],
  FST_REQ_FILE_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE', (l) => `单个文件不能超过 ${l.fileMB}MB`],
  FST_FILES_LIMIT: [400, 'INVALID_INPUT', () => '一次只能上传一个文件'],
  FST_PARTS_LIMIT: [400, 'INVALID_INPUT', () => '上传内容的字段过多'],
  FST_FIELDS_LIMIT: [400, 'INVALID_INPUT', () => '上传内容的字段过多'],
  FST_PROTO_VIOLATION: [400, 'INVALID_INPUT', () => '上传内容的字段名不合法'],
  FST_MP_PREMATURE_CLOSE: [400, 'INVALID_INPUT', () => '上传未完成：连接提前断开，请重试'],
}

export interface Limits {
  bodyMB: number
  fileMB: number
}

/** The envelope for an error Fastify or a plugin raised while reading a request. */
export function describeError(e: Partial<FastifyError>, limits: Limits): { status: number; code: HttpErrorCode; message: string } {
  const known = e.code ? KNOWN[e.code] : undefined
  if (known) return { status: known[0], code: known[1], message: known[2](limits) }
  // JSON.parse's own SyntaxError (e.g. a forbidden __proto__ key) comes with status 400.
  if (e instanceof SyntaxError || e.statusCode === 400) return { status: 400, code: 'INVALID_INPUT', message: '请求内容无法解析' }
  if (e.statusCode && e.statusCode < 500) return { status: e.statusCode, code: 'INVALID_INPUT', message: '请求无法处理' }
  return { status: 500, code: 'INTERNAL', message: '模拟器内部错误，请稍后重试' }
}

/** Installs the error and not-found handlers on `app`: every error in the product's shape. */
export function installErrorShape(app: FastifyInstance, limits: Limits) {
  app.setErrorHandler((e: FastifyError, req, reply) => {
    const d = describeError(e, limits)
    if (d.status >= 500) req.log.error(e)
    return sendError(reply, d.status, d.code, d.message)
  })
  app.setNotFoundHandler((req, reply) => sendError(reply, 404, 'NOT_FOUND', `没有这个地址：${req.method} ${req.url.split('?')[0]}`))
}
