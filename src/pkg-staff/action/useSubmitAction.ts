import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { ActionName } from '@domain/validation'
import { act } from '@/services/complaint'
import { clearDrafts } from '@/hooks/useDraft'
import { askConsent, CONSENT_PURPOSE } from '@/services/subscription'
import { consentIds } from '@/store/session'
import { showReturnToast, toast, toastError, toastOnReturn } from '@/utils/ui'

/** What a form hands over on its submit tap: the first missing field, or how to build the input. */
export type Submit = (problem: string | null, build: () => Promise<Record<string, unknown>> | Record<string, unknown>) => void

/**
 * Submits an action form: checks the form, asks the staff consent first (inside the tap, so the
 * WeChat panel may show), builds the input (uploads included), calls complaint.act, goes back.
 */
export function useSubmitAction(id: string, action: ActionName, doneText: string) {
  const [busy, setBusy] = useState(false)

  const submit: Submit = (problem, build) => {
    if (busy) return
    if (problem) return toast(problem)
    const consent = askConsent(consentIds('staff'), CONSENT_PURPOSE.staff)
    setBusy(true)
    ;(async () => {
      try {
        await consent
        await act(id, action, await build())
        clearDrafts(`${id}:${action}:`)
        // The form's page leaves at once; the page it returns to confirms (see toastOnReturn).
        toastOnReturn(doneText)
        Taro.navigateBack().catch(() => showReturnToast())
      } catch (e) {
        toastError(e)
        setBusy(false)
      }
    })()
  }
  return { busy, submit }
}
