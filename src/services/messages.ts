/** The in-app message list, the fallback channel beside subscription messages. */
import { call } from './api'
import type { InboxItem } from './types'

export function listMessages(page = 1): Promise<{ items: InboxItem[]; unread: number }> {
  return call('messages.list', { page })
}

/** Marks the given messages read, or all when `ids` is absent. @returns the unread count left. */
export function markRead(ids?: string[]): Promise<{ unread: number }> {
  return call('messages.markRead', ids ? { ids } : {})
}
