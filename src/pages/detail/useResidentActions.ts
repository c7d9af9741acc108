import { useEffect, useState } from 'react'
import type { ActionName } from '@domain/validation'
import type { ComplaintView } from '@domain/view'
import { clearDrafts } from '@/hooks/useDraft'
import type { ClipInput } from '@/hooks/useClips'
import { act } from '@/services/complaint'
import { markConversationRead } from '@/services/conversation'
import { askConsent, CONSENT_PURPOSE } from '@/services/subscription'
import { consentIds } from '@/store/session'
import { confirm, toast, toastError } from '@/utils/ui'
import type { WithdrawalReason } from '@shared/vocabulary'

/** The complainant's own actions (C1–C3): they open a panel on the detail page or run in place. */

/** What an addition uploads before it is sent: its photos and voice notes (issue 19). */
export interface AdditionFiles {
  photos: string[]
  voiceNotes: ClipInput[]
}
const RESIDENT_ACTIONS: ReadonlySet<string> = new Set(['add_info', 'urge', 'withdraw'])

/** The complainant's own actions that open a panel on the page (C1, C3); urging runs in place (C2). */
export type ResidentPanel = 'add_info' | 'withdraw'

/**
 * The complainant's taps on the detail page: 补充信息 and 撤销投诉 open their panel, 催办 asks to
 * confirm and runs; each answer replaces the page's data. Takes the complaint's id, the page's
 * data setter and reload.
 */
export function useResidentActions(id: string, setData: (c: ComplaintView) => void, reload: (silent?: boolean) => Promise<void>) {
  const [panel, setPanel] = useState<ResidentPanel | null>(null)
  const [busy, setBusy] = useState<string | null>(null)

  /** Runs `call` as `action`; resolves with the new view, or null after showing the error. */
  const run = async (action: string, call: () => Promise<ComplaintView>): Promise<ComplaintView | null> => {
    setBusy(action)
    try {
      const view = await call()
      setData(view)
      return view
    } catch (e) {
      toastError(e)
      reload(true)
      return null
    } finally {
      setBusy(null)
    }
  }

  /** C2: after a confirmation, the urge; the answer says whom it reached, by role. */
  const urge = async () => {
    const ok = await confirm({ title: '催办', content: '将提醒正在处理您投诉的工作人员尽快处理。每天可催办一次。', confirmText: '催办' })
    if (!ok) return
    const view = await run('urge', () => act(id, 'urge'))
    if (view) toast(`已催办，已通知${view.urges.at(-1)?.toLabel ?? '工作人员'}`, 'success')
  }

  /**
   * C1: sends an addition. `upload` stores the photos and voice notes (issue 19) first; `reopen` is the complainant's choice
   * after the result (F3: asking to handle it again asks consent to hear of the new result first).
   */
  const addInfo = (text: string, upload: () => Promise<AdditionFiles>, reopen?: boolean) => {
    const consent = reopen ? askConsent(consentIds('rate'), CONSENT_PURPOSE.rate) : Promise.resolve()
    run('add_info', async () => {
      await consent
      const { photos, voiceNotes } = await upload()
      return act(id, 'add_info', {
        text,
        photos,
        ...(voiceNotes.length ? { voiceNotes } : {}),
        ...(reopen === undefined ? {} : { reopen }),
      })
    }).then((view) => {
      if (!view) return
      clearDrafts(`${id}:add_info:`)
      setPanel(null)
      toast(reopen ? '已收到，我们将重新处理' : '已补充，承办人员会看到', 'success')
    })
  }

  /** C3: after a last confirmation (it cannot be undone), the withdrawal. */
  const withdraw = async (reason: WithdrawalReason, text: string) => {
    const ok = await confirm({
      title: '撤销投诉',
      content: '撤销后投诉将不再处理，且不能恢复；如问题再次出现，可重新投诉。',
      confirmText: '确认撤销',
    })
    if (!ok) return
    const view = await run('withdraw', () => act(id, 'withdraw', { reason, text }))
    if (!view) return
    clearDrafts(`${id}:withdraw:`)
    setPanel(null)
    toast('投诉已撤销', 'success')
  }

  const onAction = (action: string) => {
    if (busy) return
    if (action === 'urge') return void urge()
    setPanel(action as ResidentPanel)
  }

  /** The page's action handler with the complainant's own actions taken here, never to a staff form. */
  const routing = (others: (action: ActionName) => void) => (action: ActionName) =>
    RESIDENT_ACTIONS.has(action) ? onAction(action) : others(action)

  return { panel, close: () => setPanel(null), busy, onAction, routing, addInfo, withdraw }
}

/**
 * C1: the staff handling the complaint now have seen the additions this page shows, so their
 * badge clears (the server decides whose reading counts). Takes the id and whether any is new.
 */
export function useSeenMark(id: string, hasNew: boolean): void {
  useEffect(() => {
    if (hasNew) markConversationRead(id).catch(() => undefined)
  }, [id, hasNew])
}
