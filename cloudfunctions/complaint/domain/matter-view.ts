/**
 * What people see of a matter (issue 18, G3-P5). Every linked complaint is rendered from its
 * projection for the viewer (domain/disclosure.ts), never from the stored record, so a matter
 * page shows each complainant exactly as the viewer's level allows (masked for staff, an outline
 * where the viewer may not open it). A complainant sees the shared progress of their own
 * complaint's matter — how many residents raised it, where its handling stands — and nothing of
 * any other complainant: the lead complaint is read at the `none` level for them.
 */
import { MATTER_STATUSES, type MatterStatus } from '@shared/matters'
import { CATEGORIES, STATUSES, type Status } from '@shared/vocabulary'
import { disclose, discloseAt, disclosureOf } from './disclosure'
import type { Matter } from './matter'
import type { Complaint } from './model'
import type { Actor } from './policy'

/** The shared progress every linked complaint shows. */
export interface MatterProgress {
  /** The matter's id and title: staff only (a complainant needs neither). */
  id?: string
  title?: string
  no: string
  status: MatterStatus
  statusLabel: string
  /** How many complaints (residents) it links. */
  count: number
  /** "此问题已合并处理，共 N 位业主反映". */
  summary: string
  /** Where the handling stands: the lead complaint's state as the viewer may know it. */
  stage: string
  /** Whether the viewer's complaint is the lead (staff only). */
  lead?: boolean
  leadNo?: string
  resolvedAt?: number
  /** The notices sent to its complainants (the office's words; no complainant in them). */
  notices: { text: string; at: number }[]
}

/** The sentence a linked complaint shows. */
export const progressSummary = (count: number) => `此问题已合并处理，共 ${count} 位业主反映`

/**
 * The shared progress of matter `m` on complaint `c`, for `viewer`. A complainant reads the lead
 * complaint at the `none` level (its state only); staff at their own level for the lead.
 */
export function matterProgress(m: Matter, c: Complaint, lead: Complaint | null, viewer: Actor): MatterProgress {
  const own = disclosureOf(c, viewer) === 'complainant'
  const seenLead = lead ? (own ? discloseAt(lead, 'none') : disclose(lead, viewer)).complaint : null
  const base: MatterProgress = {
    no: m.no,
    status: m.status,
    statusLabel: MATTER_STATUSES[m.status],
    count: m.complaintIds.length,
    summary: progressSummary(m.complaintIds.length),
    stage: seenLead ? STATUSES[seenLead.status] : MATTER_STATUSES[m.status],
    resolvedAt: m.resolvedAt,
    notices: m.notices.map((n) => ({ text: n.text, at: n.at })),
  }
  if (own) return base
  return { ...base, id: m._id, title: m.title, lead: m.leadId === c._id, leadNo: lead?.no }
}

/** One linked complaint on the matter page, as the viewer may see it. */
export interface MatterRow {
  id: string
  no: string
  status: Status
  statusLabel: string
  lead: boolean
  /** The complainant as the viewer's level allows (masked name, the room), or null. */
  complainantName: string | null
  room: string | null
  location: string
  createdAt: number
  /** Whether the viewer may open it (its detail page). */
  opens: boolean
}

/** The linked complaints of `m` for `viewer`, lead first, each through the disclosure policy. */
export function matterRows(m: Matter, linked: Complaint[], viewer: Actor): MatterRow[] {
  const order = new Map(m.complaintIds.map((id, i) => [id, i]))
  return [...linked]
    .sort((a, b) => (order.get(a._id) ?? 0) - (order.get(b._id) ?? 0))
    .map((c) => {
      const seen = disclose(c, viewer)
      const s = seen.complaint
      return {
        id: c._id,
        no: s.no,
        status: s.status,
        statusLabel: STATUSES[s.status],
        lead: m.leadId === c._id,
        complainantName: s.complainant?.name ?? null,
        room: s.complainant?.room ?? null,
        location: s.location,
        createdAt: s.createdAt,
        opens: seen.level !== 'none',
      }
    })
}

/** The matter page. */
export interface MatterView {
  id: string
  no: string
  title: string
  status: MatterStatus
  statusLabel: string
  category: string
  categoryLabel: string
  location: string
  count: number
  summary: string
  createdAt: number
  resolvedAt?: number
  lead: MatterRow | null
  /** Where the handling stands (the lead's state) and its result, when given. */
  stage: string
  result?: string
  complaints: MatterRow[]
  notices: { text: string; building?: string; at: number; recipients: number; by: string }[]
  /** Whether the viewer may link, unlink and send notices (customer service, the manager). */
  manage: boolean
}

/** Matter `m` with its linked complaints, for staff member `viewer`. */
export function matterView(m: Matter, linked: Complaint[], viewer: Actor, manage: boolean): MatterView {
  const rows = matterRows(m, linked, viewer)
  const leadRow = rows.find((r) => r.lead) ?? null
  const lead = linked.find((c) => c._id === m.leadId)
  const seenLead = lead ? disclose(lead, viewer).complaint : null
  return {
    id: m._id,
    no: m.no,
    title: m.title,
    status: m.status,
    statusLabel: MATTER_STATUSES[m.status],
    category: m.category,
    categoryLabel: CATEGORIES[m.category],
    location: m.location,
    count: m.complaintIds.length,
    summary: progressSummary(m.complaintIds.length),
    createdAt: m.createdAt,
    resolvedAt: m.resolvedAt,
    lead: leadRow,
    stage: seenLead ? STATUSES[seenLead.status] : MATTER_STATUSES[m.status],
    result: seenLead?.result?.summary,
    complaints: rows,
    notices: m.notices.map((n) => ({ text: n.text, building: n.building, at: n.at, recipients: n.recipients, by: n.by.name })),
    manage,
  }
}
