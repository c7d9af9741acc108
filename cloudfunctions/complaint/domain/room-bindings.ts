/**
 * Residents bound to rooms of the roster (issue 16), pure: a request is verified at once when the
 * phone given is the roster's owner phone of that room, else it waits for customer service (or
 * the manager) to approve or refuse it with a reason; a decided request is never decided again;
 * a room may have several residents. A complaint carries the room its complainant is verified for
 * — or says it is not verified, and is filed all the same.
 */
import { conflict, invalidInput, invalidState } from './errors'
import type { Household } from './households'
import type { PersonRef } from './model'
import { BINDING_STATUSES, RELATIONS, type BindingStatus, type Relation } from '@shared/households'

/** A resident's request to be bound to a room, as stored. */
export interface RoomBinding {
  _id: string
  estate: string
  /** The resident (OPENID from the WeChat context). */
  openid: string
  roomKey: string
  building: string
  unit: string
  room: string
  relation: Relation
  /** The name and mobile the resident gave with the request. */
  name: string
  phone: string
  status: BindingStatus
  /** Why it was refused (told to the resident). */
  reason?: string
  createdAt: number
  decidedAt?: number
  /** Who decided; absent when the roster's owner phone verified it. */
  decidedBy?: PersonRef
}

/** Whether a request is verified at once: the phone given is the roster's owner phone for the room. */
export function verifiesAtOnce(household: Pick<Household, 'ownerPhone'>, phone: string): boolean {
  return !!household.ownerPhone && household.ownerPhone === phone
}

/**
 * Whether the resident may ask for this room now, given their requests for it.
 * @throws CONFLICT when one is waiting for a decision or already verified (a refused one may be asked again).
 */
export function checkNewRequest(mine: readonly Pick<RoomBinding, 'status'>[]): void {
  if (mine.some((b) => b.status === 'verified')) throw conflict('您已绑定这个房屋')
  if (mine.some((b) => b.status === 'pending')) throw conflict('这个房屋的绑定申请正在审核，请耐心等待')
}

/**
 * A decision on a waiting request.
 * @returns the fields to store. @throws INVALID_STATE for a request already decided; INVALID_INPUT for a refusal without a reason.
 */
export function decision(
  b: Pick<RoomBinding, 'status'>,
  approve: boolean,
  reason: string,
  by: PersonRef,
  now: number,
): Partial<RoomBinding> {
  if (b.status !== 'pending') throw invalidState(`这个申请已审核（${BINDING_STATUSES[b.status]}），不能再次审核`)
  if (approve) return { status: 'verified', decidedAt: now, decidedBy: by }
  if (!reason) throw invalidInput('请填写不通过的原因，住户会收到')
  return { status: 'refused', reason, decidedAt: now, decidedBy: by }
}

/** The in-app message telling the resident the decision: title, fields and, for a refusal, the reason in full. */
export function decisionMessage(
  b: Pick<RoomBinding, 'roomKey' | 'relation'>,
  d: Partial<RoomBinding>,
): { title: string; fields: string[]; detail?: string } {
  const fields = [`房屋：${b.roomKey}`, `身份：${RELATIONS[b.relation]}`]
  if (d.status === 'verified') return { title: '房屋绑定已通过', fields }
  return { title: '房屋绑定未通过', fields: [...fields, `原因：${d.reason ?? ''}`], detail: d.reason }
}

/** The complainant's room on a complaint, and whether it is one the resident is verified for. */
export interface ComplaintRoom {
  room: string
  roomVerified: boolean
}

/**
 * The room a resident's complaint carries: the verified room they picked (`picked`, a roomKey), or
 * their only or first verified room; else a room they are waiting to be verified for, or their
 * profile's room — unverified, never blocking the complaint.
 * @throws INVALID_INPUT when `picked` is not one of their rooms.
 */
export function complaintRoom(
  bindings: readonly Pick<RoomBinding, 'roomKey' | 'status'>[],
  profileRoom: string,
  picked?: string,
): ComplaintRoom {
  const live = bindings.filter((b) => b.status !== 'refused')
  if (picked) {
    const b = live.find((x) => x.roomKey === picked)
    if (!b) throw invalidInput('请选择您已绑定的房屋')
    return { room: b.roomKey, roomVerified: b.status === 'verified' }
  }
  const verified = live.find((b) => b.status === 'verified' && b.roomKey === profileRoom) ?? live.find((b) => b.status === 'verified')
  if (verified) return { room: verified.roomKey, roomVerified: true }
  return { room: live[0]?.roomKey ?? profileRoom, roomVerified: false }
}
