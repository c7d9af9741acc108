/**
 * The privacy dialog (《用户隐私保护指引》, issue 15), one for the whole app: every page's PageShell
 * draws it while it is open. Opening it returns the user's answer; the platform file
 * (platform/privacy) decides when to open it and reports the answer to WeChat.
 */
import { useSyncExternalStore } from 'react'

export interface PrivacyDialogState {
  open: boolean
  /** The user refused in this session: photo and voice features say so where they would be. */
  refused: boolean
}

let state: PrivacyDialogState = { open: false, refused: false }
let waiting: ((agreed: boolean) => void)[] = []
const listeners = new Set<() => void>()

function set(patch: Partial<PrivacyDialogState>): void {
  state = { ...state, ...patch }
  listeners.forEach((l) => l())
}

/** Opens the dialog (or joins the one open). @returns true when the user agreed, false when they refused. */
export function openPrivacyDialog(): Promise<boolean> {
  return new Promise((resolve) => {
    waiting.push(resolve)
    set({ open: true })
  })
}

/** Closes the dialog with the user's answer, for everyone waiting on it. */
export function answerPrivacyDialog(agreed: boolean): void {
  const done = waiting
  waiting = []
  set({ open: false, refused: !agreed })
  done.forEach((r) => r(agreed))
}

/** The dialog's state, for PageShell and the pages that show the refusal. */
export function usePrivacyDialog(): PrivacyDialogState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => state,
  )
}

/** What a refusal means, where photos or voice would be needed. */
export const PRIVACY_REFUSED =
  '您未同意《用户隐私保护指引》，暂时无法选择照片或录音；文字投诉不受影响。可在“我的—隐私保护指引”中重新查看并同意。'
