import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { ActionName } from '@domain/validation'
import type { ComplaintView } from '@domain/view'
import { isDissatisfied } from '@shared/thresholds'
import { clearDrafts } from '@/hooks/useDraft'
import { act } from '@/services/complaint'
import { askConsent, CONSENT_PURPOSE } from '@/services/subscription'
import { consentIds } from '@/store/session'
import { toast, toastError } from '@/utils/ui'

/**
 * The detail page's taps: light actions (接单, the resident's 确认) run in place with the consent
 * asked first inside the tap; every other action opens its form; the rating runs in place.
 * Takes the complaint's id, whether the caller is staff, and the page's data setter and reload.
 */
export function useDetailActions(
  id: string,
  staff: boolean,
  setData: (c: ComplaintView) => void,
  reload: (silent?: boolean) => Promise<void>,
) {
  const [busy, setBusy] = useState<string | null>(null)

  /** Runs a light action in place; resolves true once the server accepted it. */
  const run = async (action: ActionName, consent: Promise<void>, input: Record<string, unknown>, done: string): Promise<boolean> => {
    setBusy(action)
    try {
      await consent
      setData(await act(id, action, input))
      toast(done, 'success')
      return true
    } catch (e) {
      toastError(e)
      reload(true)
      return false
    } finally {
      setBusy(null)
    }
  }

  const onAction = (action: ActionName) => {
    if (busy) return
    // Light actions run in place; consent is asked first, synchronously inside the tap.
    if (action === 'take') return run('take', askConsent(consentIds('staff'), CONSENT_PURPOSE.staff), {}, '已接单')
    if (action === 'acknowledge_emergency') return run(action, Promise.resolve(), {}, '已接警，请立即处置')
    if (action === 'confirm_emergency') return run(action, Promise.resolve(), {}, '已确认为紧急投诉')
    if (action === 'confirm' && !staff)
      return run('confirm', askConsent(consentIds('submit'), CONSENT_PURPOSE.submit), { method: 'miniprogram' }, '已确认登记内容')
    Taro.navigateTo({ url: `/pkg-staff/action/index?id=${id}&action=${action}` })
  }

  const onRate = (level: number, comment: string) => {
    if (busy) return
    // Consent only where something follows: a satisfied rating closes the complaint (nothing more
    // to tell), a dissatisfied one reopens it (F3: its progress and new result are sent).
    const unhappy = isDissatisfied(level)
    const consent = unhappy ? askConsent(consentIds('rate'), CONSENT_PURPOSE.rate) : Promise.resolve()
    run('rate', consent, { level, comment }, unhappy ? '已收到，我们将重新处理' : '感谢您的评价').then(
      (ok) => ok && clearDrafts(`${id}:rate:`),
    )
  }

  return { busy, onAction, onRate }
}
