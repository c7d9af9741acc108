/**
 * The emulator's security.mediaCheckAsync (version 2): it answers a `trace_id` at once and pushes
 * the verdict later as a `wxa_media_check` event to the function configured as the message-push
 * target (`complaint`), as WeChat does within 30 minutes. The verdict comes from the file itself:
 * a marker in its bytes (media-verdicts.json) or its SHA-256 in a list, so tests and demonstrations
 * cover pass, review, risky and a verdict that never comes. Delay, verdicts and outages are
 * configurable at run time.
 */
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import defaults from './media-verdicts.json'
import { openapiError } from './content-check'
import type { LocalStorage } from './storage'

export type MediaVerdict = 'pass' | 'review' | 'risky' | 'none'

/** What a function asks of mediaCheckAsync (version 2). */
export interface MediaCheckRequest {
  media_url?: string
  media_type?: number
  version?: number
  openid?: string
  scene?: number
}

/** The pushed event, in the JSON shape WeChat sends to a cloud function. */
export interface MediaCheckEvent {
  ToUserName: string
  FromUserName: string
  CreateTime: number
  MsgType: 'event'
  Event: 'wxa_media_check'
  appid: string
  trace_id: string
  version: 2
  detail: { strategy: string; errcode: number; suggest: string; label: number; prob: number }[]
  errcode: number
  errmsg: string
  result: { suggest: string; label: number }
}

const LABELS: Record<Exclude<MediaVerdict, 'none'>, number> = { pass: 100, review: 20002, risky: 20002 }

export class MediaChecker {
  /** How long after the call the verdict is pushed (ms). */
  delayMs = 1500
  /** Verdicts by the file's SHA-256 (hex), over the markers. */
  readonly byHash = new Map<string, MediaVerdict>()
  /** Every accepted call: what was asked and the trace_id answered. */
  readonly requests: (MediaCheckRequest & { trace_id: string; verdict: MediaVerdict })[] = []
  private failures: number[] = []
  private inFlight = new Set<Promise<void>>()

  constructor(
    private readonly storage: LocalStorage,
    private readonly appid: string,
    /** Delivers a pushed event to the message-push target. */
    private readonly push: (event: MediaCheckEvent) => Promise<unknown>,
  ) {
    for (const [verdict, hashes] of Object.entries(defaults.hashes)) for (const h of hashes) this.byHash.set(h, verdict as MediaVerdict)
  }

  private closed = false

  /** Makes the next calls fail with these errcodes (45009 over the limit, -1 system busy), as an outage would. */
  failNext(...codes: number[]): void {
    this.failures.push(...codes)
  }

  /** The verdict for a file's bytes: its hash if listed, else a marker in it, else pass. */
  verdictOf(content: Buffer): MediaVerdict {
    const listed = this.byHash.get(createHash('sha256').update(content).digest('hex'))
    if (listed) return listed
    const text = content.toString('latin1')
    const marked = (Object.entries(defaults.markers) as [MediaVerdict, string][]).find(([, marker]) => text.includes(marker))
    return marked?.[0] ?? 'pass'
  }

  /** The stored file a temporary URL of this emulator points at. @throws when it is none. */
  private contentAt(url: string): Buffer {
    const m = /\/storage\/files\/([^?#]+)/.exec(url)
    const path = m ? this.storage.pathOf(decodeURIComponent(m[1])) : ''
    if (!path || !existsSync(path)) throw openapiError('mediaCheckAsync', 40001, 'invalid media_url')
    return readFileSync(path)
  }

  /** `security.mediaCheckAsync`. @returns `{ errcode: 0, trace_id }`. @throws like the SDK on a bad request or an injected failure. */
  async mediaCheckAsync(req: MediaCheckRequest): Promise<{ errcode: number; errmsg: string; trace_id: string }> {
    const fault = this.failures.shift()
    if (fault) throw openapiError('mediaCheckAsync', fault, fault === 45009 ? 'reach max api minute quota' : 'system error')
    if (req.version !== 2 || !req.openid || ![1, 2, 3, 4].includes(Number(req.scene)) || ![1, 2].includes(Number(req.media_type))) {
      throw openapiError('mediaCheckAsync', 47001, 'data format error')
    }
    const verdict = this.verdictOf(this.contentAt(String(req.media_url ?? '')))
    const trace_id = `${Date.now().toString(16)}-${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}`
    this.requests.push({ ...req, trace_id, verdict })
    if (verdict !== 'none') this.schedule(this.eventOf(trace_id, req.openid, verdict))
    return { errcode: 0, errmsg: 'ok', trace_id }
  }

  /** The event WeChat would push for a verdict. */
  eventOf(trace_id: string, openid: string, verdict: Exclude<MediaVerdict, 'none'>): MediaCheckEvent {
    const label = LABELS[verdict]
    return {
      ToUserName: 'gh_emulator',
      FromUserName: openid,
      CreateTime: Math.floor(Date.now() / 1000),
      MsgType: 'event',
      Event: 'wxa_media_check',
      appid: this.appid,
      trace_id,
      version: 2,
      detail: [{ strategy: 'content_model', errcode: 0, suggest: verdict, label, prob: 90 }],
      errcode: 0,
      errmsg: 'ok',
      result: { suggest: verdict, label },
    }
  }

  /** Stops pushing: verdicts still waiting when the emulator closes are dropped, as a stopped server would. */
  close(): void {
    this.closed = true
  }

  private schedule(event: MediaCheckEvent): void {
    const p: Promise<void> = new Promise<void>((resolve) => setTimeout(resolve, this.delayMs))
      .then(() => (this.closed ? undefined : this.push(event)))
      .then(
        () => undefined,
        (e) => console.error('[emulator] media check push failed', e),
      )
      .finally(() => this.inFlight.delete(p))
    this.inFlight.add(p)
  }

  /** Resolves once every verdict pushed so far has been delivered (tests). */
  async settled(): Promise<void> {
    while (this.inFlight.size) await Promise.all([...this.inFlight])
  }
}
