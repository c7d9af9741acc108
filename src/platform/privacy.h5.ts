import Taro from '@tarojs/taro'
import { openPrivacyDialog } from '@/store/privacy'

/** Where the browser keeps the agreement (per browser, as WeChat keeps it per user). */
const KEY = 'privacy:agreed'

const agreed = (): boolean => {
  try {
    return localStorage.getItem(KEY) === '1'
  } catch {
    return false
  }
}

/** H5 has no WeChat to ask: the pages ask through requirePrivacy. */
export function installPrivacy(): void {}

/** The same dialog as on WeChat, shown until the user agrees once. */
export async function requirePrivacy(): Promise<boolean> {
  if (agreed()) return true
  return openPrivacyDialog()
}

export async function privacyAgreed(): Promise<boolean> {
  return agreed()
}

export function agreeButtonProps(onAgreed: () => void): Record<string, unknown> {
  return {
    onClick: () => {
      try {
        localStorage.setItem(KEY, '1')
      } catch {
        // Private mode: the dialog asks again next time.
      }
      onAgreed()
    },
  }
}

export function openPrivacyContract(): void {
  Taro.navigateTo({ url: '/pages/privacy/index' })
}

/** H5: this app's own page is the guide. */
export const HAS_WECHAT_CONTRACT = false
