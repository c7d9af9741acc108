import { createElement } from 'react'
import { View } from '@tarojs/components'
import { Checkbox, Dialog } from '@nutui/nutui-react-taro'
import { currentOpenid } from '@/store/session'
import { CONSENT_DIALOG_ID } from '@/utils/ui'
import type { ConsentResult } from './types'

/** Where the "always keep this choice" answers live, per user and template (WeChat keeps them per user). */
const keptKey = (id: string) => `consent:kept:${currentOpenid() ?? ''}:${id}`

function kept(ids: string[]): Record<string, ConsentResult> | null {
  try {
    const answers = ids.map((id) => localStorage.getItem(keptKey(id)) as ConsentResult | null)
    return answers.every(Boolean) ? (Object.fromEntries(ids.map((id, i) => [id, answers[i]!])) as Record<string, ConsentResult>) : null
  } catch {
    return null
  }
}

function keep(results: Record<string, ConsentResult>): void {
  try {
    for (const [id, v] of Object.entries(results)) localStorage.setItem(keptKey(id), v)
  } catch {
    // Private mode: the dialog simply asks again next time.
  }
}

/**
 * H5 has no WeChat panel: a small dialog asks instead, with WeChat's "总是保持以上选择，不再询问"
 * (after which the same templates are answered without asking, as WeChat does), and the answer is
 * recorded with the emulator's stand-in for WeChat's own consent record before the function hears of it.
 */
export function requestConsent(tmplIds: string[], purpose?: string): Promise<Record<string, ConsentResult>> {
  const ids = tmplIds.slice(0, 3)
  if (!ids.length) return Promise.resolve({})
  const remembered = kept(ids)
  const asked = remembered
    ? Promise.resolve(remembered)
    : new Promise<Record<string, ConsentResult>>((resolve) => {
        let always = false
        const answer = (v: ConsentResult) => () => {
          Dialog.close(CONSENT_DIALOG_ID)
          const results = Object.fromEntries(ids.map((id) => [id, v])) as Record<string, ConsentResult>
          if (always) keep(results)
          resolve(results)
        }
        Dialog.open(CONSENT_DIALOG_ID, {
          title: '允许发送通知？',
          content: createElement(
            View,
            { className: 'consent-dialog' },
            createElement(View, { className: 'consent-dialog__purpose' }, purpose ?? '相关通知将通过微信服务通知发给您'),
            createElement(Checkbox, {
              className: 'consent-keep',
              label: '总是保持以上选择，不再询问',
              onChange: (v: boolean) => (always = v),
            }),
          ),
          confirmText: '允许',
          cancelText: '拒绝',
          closeOnOverlayClick: false,
          onConfirm: answer('accept'),
          onCancel: answer('reject'),
        })
      })
  return asked.then(async (results) => {
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
