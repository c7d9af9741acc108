/**
 * The words of an emergency alert on the channels without per-message consent (issue 14): a
 * WeCom application message with a link back into the mini-program, and the parameters of the
 * office's SMS template. Like the group robots', they carry the matter, its number and what to do —
 * never the complainant's name, room or phone (G3-P5).
 */
import { formatInstant } from './calendar'
import { stepLabel } from './emergency'
import { discloseAt } from './disclosure'
import type { Complaint } from './model'
import { messagePage, messageValues } from './notifications'
import { CATEGORIES } from '@shared/vocabulary'

/** Tencent Cloud SMS: a template variable of the "other" kind may hold at most this many characters (we keep under it). */
export const SMS_PARAM_MAX = 20

/** A value cut to `max` characters, with an ellipsis when cut. */
export function shortened(value: string, max: number): string {
  const chars = Array.from(value)
  return chars.length <= max ? value : chars.slice(0, max - 1).join('') + '…'
}

/** What step `step` asks of the reader. */
function ask(step: number, c: Complaint, now: number): string {
  const minutes = c.alert ? Math.round((now - c.alert.raisedAt) / 60_000) : 0
  return step === 0 ? '请立即接警处置' : `已${minutes}分钟无人接警`
}

/**
 * The WeCom text and the SMS parameters of an alert of `kind` at `step` for `c`.
 * SMS template (to apply for in Tencent Cloud, see DEPLOY.md): `紧急投诉{1}：{2}，{3}，请在小程序中接警。`
 * @param appid the mini-program's AppID, for the link back into it.
 */
export function alertMessage(kind: string, c: Complaint, now: number, step: number, appid: string) {
  // Individuals on the chain read it as the department's handlers do: the complainant masked (G3-P5).
  const { title, lines } = messageValues(kind, discloseAt(c, 'masked').complaint, now)
  const subject = `${CATEGORIES[c.category]}·${c.location}`
  const rules = c.alert?.rules.map((r) => r.name).join('、')
  const link = `<a href="https://work.weixin.qq.com" data-miniprogram-appid="${appid}" data-miniprogram-path="${messagePage(c._id)}">打开小程序接警</a>`
  const text = [
    `【${title}】${step > 0 ? `（${stepLabel(step)}）` : ''}`,
    ...lines.map(([k, v]) => `${k}：${v}`),
    ...(rules ? [`识别：${rules}`] : []),
    `受理时间：${formatInstant(c.alert?.raisedAt ?? c.createdAt, 'M月D日 HH:mm')}，${ask(step, c, now)}。`,
    link,
  ].join('\n')
  return { text, smsParams: [c.no, shortened(subject, SMS_PARAM_MAX), ask(step, c, now)] }
}
