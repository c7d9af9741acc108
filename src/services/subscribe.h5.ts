import { Dialog } from '@nutui/nutui-react-taro'
import { CONSENT_DIALOG_ID } from '@/utils/ui'
import type { ConsentResult } from './types'

/**
 * H5 has no WeChat panel: a small dialog asks instead, and the answer is recorded with the
 * emulator's stand-in for WeChat's own consent record before the function hears of it.
 */
export function requestConsent(tmplIds: string[], purpose?: string): Promise<Record<string, ConsentResult>> {
  const ids = tmplIds.slice(0, 3)
  if (!ids.length) return Promise.resolve({})
  return new Promise<ConsentResult>((resolve) => {
    const answer = (v: ConsentResult) => () => {
      Dialog.close(CONSENT_DIALOG_ID)
      resolve(v)
    }
    Dialog.open(CONSENT_DIALOG_ID, {
      title: '允许发送通知？',
      content: purpose ?? '相关通知将通过微信服务通知发给您',
      confirmText: '允许',
      cancelText: '拒绝',
      closeOnOverlayClick: false,
      onConfirm: answer('accept'),
      onCancel: answer('reject'),
    })
  }).then(async (answer) => {
    const results = Object.fromEntries(ids.map((id) => [id, answer])) as Record<string, ConsentResult>
    try {
      await fetch('/__emu/subscribe', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ openidless: true, results }),
      })
    } catch {
      // The emulator's record is a convenience; the report to the function still goes out.
    }
    return results
  })
}
