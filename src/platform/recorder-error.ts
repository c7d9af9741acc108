import type { RecorderFailure } from './recorder'

const MESSAGES: Record<RecorderFailure, string> = {
  denied: '未获得麦克风权限，无法录音。可在设置中允许使用麦克风，或直接输入文字',
  unavailable: '此设备暂不能录音，请直接输入文字',
  failed: '录音失败，请重试或直接输入文字',
}

/** A failed recording, its Chinese message saying that the complaint can still be typed (both platforms). */
export class RecorderError extends Error {
  constructor(readonly reason: RecorderFailure) {
    super(MESSAGES[reason])
  }
}
