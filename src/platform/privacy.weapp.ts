import Taro from '@tarojs/taro'
import { openPrivacyDialog } from '@/store/privacy'

/** The agree button's id: WeChat checks the button with this id was tapped before it accepts `agree`. */
export const AGREE_BUTTON_ID = 'agree-privacy'

type Resolve = (o: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void
let pending: Resolve | null = null

/** Answers WeChat's waiting request once. */
function answer(o: Parameters<Resolve>[0]): void {
  const r = pending
  pending = null
  r?.(o)
}

/** WeChat: before the first privacy API, its request comes here; our dialog is shown and its exposure reported. */
export function installPrivacy(): void {
  if (typeof Taro.onNeedPrivacyAuthorization !== 'function') return // a base library without privacy consent
  Taro.onNeedPrivacyAuthorization((resolve) => {
    pending = resolve
    resolve({ event: 'exposureAuthorization' })
    openPrivacyDialog().then((agreed) => {
      if (!agreed) answer({ event: 'disagree' })
    })
  })
}

/** Asks WeChat, which shows our dialog through onNeedPrivacyAuthorization only if consent is still needed. */
export function requirePrivacy(): Promise<boolean> {
  if (typeof Taro.requirePrivacyAuthorize !== 'function') return Promise.resolve(true)
  return new Promise((resolve) => Taro.requirePrivacyAuthorize({ success: () => resolve(true), fail: () => resolve(false) }))
}

export function privacyAgreed(): Promise<boolean> {
  if (typeof Taro.getPrivacySetting !== 'function') return Promise.resolve(true)
  return new Promise((resolve) => Taro.getPrivacySetting({ success: (r) => resolve(!r.needAuthorization), fail: () => resolve(false) }))
}

/** The agreement is recorded by WeChat on the open-type button; then the waiting API goes on. */
export function agreeButtonProps(onAgreed: () => void): Record<string, unknown> {
  return {
    id: AGREE_BUTTON_ID,
    openType: 'agreePrivacyAuthorization',
    onAgreePrivacyAuthorization: () => {
      answer({ event: 'agree', buttonId: AGREE_BUTTON_ID })
      onAgreed()
    },
  }
}

export function openPrivacyContract(): void {
  Taro.openPrivacyContract({ fail: () => Taro.navigateTo({ url: '/pages/privacy/index' }) })
}

/** WeChat keeps its own page of the guide the office filled in on the admin console. */
export const HAS_WECHAT_CONTRACT = true
