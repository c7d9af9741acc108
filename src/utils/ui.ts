/**
 * Toasts and confirmations through the NutUI Toast and Dialog that every page mounts
 * (components/PageShell), so pages never build their own overlays.
 */
import { Dialog, Toast } from '@nutui/nutui-react-taro'
import { messageOf } from '@/services/api'

export const TOAST_ID = 'app-toast'
export const DIALOG_ID = 'app-dialog'
/** The H5 stand-in for WeChat's subscription panel (services/subscribe.h5.ts). */
export const CONSENT_DIALOG_ID = 'subscribe-consent'

/** A short message; long server messages wrap instead of being cut. */
export function toast(content: string, icon?: 'success' | 'fail' | 'loading'): void {
  Toast.show(TOAST_ID, { content, icon, duration: icon === 'success' ? 1.5 : 2.5, wordBreak: 'break-word' })
}

let flash: string | null = null

/**
 * A success message for the page the user returns to: a form page that navigates back right away
 * leaves this, and the page below shows it when it appears (PageShell) — a toast of the leaving
 * page would leave with it.
 */
export function toastOnReturn(content: string): void {
  flash = content
}

/** Shows the message left by toastOnReturn, once (PageShell calls it whenever its page shows). */
export function showReturnToast(): void {
  if (!flash) return
  const content = flash
  flash = null
  toast(content, 'success')
}

/** Shows the error's Chinese message as the server wrote it. */
export function toastError(e: unknown): void {
  toast(messageOf(e), 'fail')
}

export interface ConfirmOptions {
  title: string
  content?: string
  confirmText?: string
  cancelText?: string
}

/** Asks the user to confirm. @returns true when they chose the confirm button. */
export function confirm(opts: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (v: boolean) => () => {
      Dialog.close(DIALOG_ID)
      resolve(v)
    }
    Dialog.open(DIALOG_ID, {
      title: opts.title,
      content: opts.content,
      confirmText: opts.confirmText ?? '确定',
      cancelText: opts.cancelText ?? '取消',
      onConfirm: done(true),
      onCancel: done(false),
      onClose: done(false),
    })
  })
}
