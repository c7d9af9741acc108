/**
 * The complainant's own part of a complaint as a viewer sees it (C1–C4): the additions, the
 * urges and whom they reached (by role), the withdrawal, the withdrawn complaint a new one takes up,
 * and what the viewer may see of the conversation. Part of the complaint's view (view.ts). Pure.
 */
import { attentionFor, handlesNow, threadAccess } from './conversation'
import type { SeenComplaint } from './disclosure'
import type { Complaint } from './model'
import type { Actor } from './policy'
import type { FileView } from './view'
import type { ClipView, Clips } from './clip-view'
import { URGE_TARGETS, WITHDRAWAL_REASONS, label, type WithdrawalReason } from '@shared/vocabulary'

/** What the complaint's view adds for C1–C4. */
export interface ResidentPartView {
  /** C1: additions, oldest first; `isNew` for the staff handling it now until they have seen it. */
  additions: {
    id: string
    text: string
    photos: FileView[]
    /** Issue 19: voice notes and short videos added with it. */
    voiceNotes?: ClipView[]
    videos?: ClipView[]
    at: number
    reopen?: boolean
    isNew: boolean
  }[]
  /** C2: each urge and whom it reached, by role (`toLabel`: 承办人、部门主管). */
  urges: { at: number; toLabel: string }[]
  /** C3: why and when the complainant withdrew it. */
  withdrawal?: { reason: WithdrawalReason; reasonLabel: string; text: string; at: number }
  /** C3: the withdrawn complaint this one takes up again. */
  refersTo?: { id: string; no: string }
  /** C4: the conversation as the viewer may see it; null when they may not (the staff member it is about). */
  conversation: { access: 'full' | 'staff_only'; count?: number; unreadMessages: boolean } | null
}

/**
 * C1–C4 for `actor`: the additions, urges and withdrawal from their projection `seen` (G3-P5: the
 * staff member it is about sees none of them), the conversation's access from the stored `c`.
 * `files` turns fileIDs into displayable files, `clips` recordings into playable ones.
 */
export function residentPartView(
  c: Complaint,
  seen: SeenComplaint,
  actor: Actor,
  files: (ids?: string[]) => FileView[],
  clips: Clips = () => [],
): ResidentPartView {
  const access = threadAccess(c, actor)
  const seenByStaff = c.seen?.staff ?? 0
  const marksNew = handlesNow(c, actor)
  const w = seen.withdrawal
  return {
    additions: (seen.additions ?? []).map((a) => ({
      id: a.id,
      text: a.text,
      photos: files(a.photos),
      ...(a.voiceNotes?.length ? { voiceNotes: clips(a.voiceNotes) } : {}),
      ...(a.videos?.length ? { videos: clips(a.videos) } : {}),
      at: a.at,
      ...(a.reopen === undefined ? {} : { reopen: a.reopen }),
      isNew: marksNew && a.at > seenByStaff,
    })),
    urges: (seen.urges ?? []).map((u) => ({ at: u.at, toLabel: u.to.map((t) => label(URGE_TARGETS, t)).join('、') })),
    withdrawal: w ? { reason: w.reason, reasonLabel: WITHDRAWAL_REASONS[w.reason], text: w.text, at: w.at } : undefined,
    refersTo: seen.refersTo,
    conversation:
      access === 'none'
        ? null
        : {
            access,
            // Masked viewers do not learn how much the complainant wrote.
            ...(access === 'full' ? { count: c.thread?.count ?? 0 } : {}),
            unreadMessages: !!attentionFor(c, actor).unreadMessages,
          },
  }
}
