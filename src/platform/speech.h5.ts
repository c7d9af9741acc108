import type { Dictation } from './speech'

export const PLUGIN_FAILED = '语音识别暂不可用，请直接输入文字'

/** H5: no plugin (the button that opens dictation is not shown there; a direct visit is told so). */
export function startDictation(): Dictation {
  throw new Error(PLUGIN_FAILED)
}
