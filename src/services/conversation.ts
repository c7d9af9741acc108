/** The conversation on a complaint (C4, docs/API.md): one function per action of the `complaint` function. */
import { call } from './api'
import type { ThreadView } from '@domain/conversation'

export type { MessageView, ThreadView } from '@domain/conversation'

/** The thread as the caller may read it (participants all of it; masked staff the staff's messages). */
export function getConversation(id: string): Promise<ThreadView> {
  return call('conversation.list', { id })
}

/** Sends one message (text, photos or both). @returns the thread after it. */
export function sendMessage(id: string, text: string, photos: string[] = []): Promise<ThreadView> {
  return call('conversation.send', { id, text, photos })
}

/** The caller's side has seen the thread and the complainant's additions so far (clears badges). */
export function markConversationRead(id: string): Promise<{ marked: 'complainant' | 'staff' | null }> {
  return call('conversation.read', { id })
}
