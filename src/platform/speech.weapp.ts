import type { Dictation, DictationHandlers } from './speech'

/** The plugin's reference name in app.config.ts (the pkg-voice subpackage's `plugins`). */
const PLUGIN = 'WechatSI'

export const PLUGIN_FAILED = '语音识别暂不可用，请直接输入文字'

interface RecoResult {
  result?: string
  retcode?: number
  msg?: string
}

interface RecoManager {
  start(o: { duration: number; lang: string }): void
  stop(): void
  onRecognize: (r: RecoResult) => void
  onStop: (r: RecoResult) => void
  onError: (r: RecoResult) => void
}

declare const requirePlugin: ((name: string) => { getRecordRecognitionManager(): RecoManager }) | undefined

/** The plugin's recognition manager; throws PLUGIN_FAILED when the plugin is not there (not declared, not downloaded, an old base library). */
function manager(): RecoManager {
  try {
    if (typeof requirePlugin !== 'function') throw new Error('no requirePlugin')
    const m = requirePlugin(PLUGIN)?.getRecordRecognitionManager?.()
    if (!m) throw new Error('no manager')
    return m
  } catch {
    throw new Error(PLUGIN_FAILED)
  }
}

/** The plugin's error codes as users understand them: the microphone refused, silence, or anything else. */
function messageOf(r: RecoResult): string {
  if (/auth|privacy|permission/i.test(r.msg ?? '')) return '未获得麦克风权限，无法语音输入，请直接输入文字'
  if (r.retcode === -30003) return '没有听清，请靠近手机再说一遍，或直接输入文字'
  return '语音识别失败，请重试或直接输入文字'
}

/** WeChat: the plugin's record-recognition manager, in Mandarin. */
export function startDictation(maxMs: number, on: DictationHandlers): Dictation {
  const m = manager()
  m.onRecognize = (r) => on.onText(r.result ?? '')
  m.onStop = (r) => on.onEnd(r.result ?? '')
  m.onError = (r) => on.onError(messageOf(r))
  m.start({ duration: maxMs, lang: 'zh_CN' })
  return { stop: () => m.stop() }
}
