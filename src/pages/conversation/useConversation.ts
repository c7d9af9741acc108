import { useEffect, useState } from 'react'
import { clearDrafts, useDraft } from '@/hooks/useDraft'
import { useLoad } from '@/hooks/useLoad'
import { usePhotos } from '@/hooks/usePhotos'
import { getConversation, markConversationRead, sendMessage, type ThreadView } from '@/services/conversation'
import { askConsent, CONSENT_PURPOSE } from '@/services/subscription'
import { consentIds } from '@/store/session'
import { toast, toastError } from '@/utils/ui'

/**
 * The conversation page's state (C4): the thread, marked read once shown; the message being written
 * — a draft under `<id>:conversation:text` until it is sent, as every staff form's text is — its
 * photos, and the send tap (the complainant is asked first, inside the tap, for the reply notice).
 */
export function useConversation(id: string) {
  const load = useLoad(() => getConversation(id), [id], { refreshOnShow: true })
  const [text, setText] = useDraft(`${id}:conversation:text`, '')
  const { photos, setPhotos, uploadAll } = usePhotos()
  const [sending, setSending] = useState(false)
  const thread = load.data
  const unread = thread?.unread ?? 0

  useEffect(() => {
    if (unread > 0) markConversationRead(id).catch(() => undefined)
  }, [id, unread])

  const send = async (consent: Promise<void>) => {
    setSending(true)
    try {
      await consent
      const fileIDs = await uploadAll(thread?.side === 'staff' ? 'evidence' : 'complaints')
      load.setData((await sendMessage(id, text.trim(), fileIDs)) as ThreadView)
      clearDrafts(`${id}:conversation:`)
      setText('')
      setPhotos([])
    } catch (e) {
      toastError(e)
    } finally {
      setSending(false)
    }
  }

  const onSend = () => {
    if (sending) return
    if (!text.trim() && !photos.length) return toast('请填写留言内容')
    // WeChat shows its consent panel only when asked synchronously inside the tap.
    send(thread?.side === 'complainant' ? askConsent(consentIds('reply'), CONSENT_PURPOSE.reply) : Promise.resolve())
  }

  return { ...load, thread, text, setText, photos, setPhotos, sending, onSend }
}
