/**
 * The `room_bindings` collection: residents' requests to be bound to rooms of the roster and their
 * outcome (issue 16), every query scoped by the estate.
 */
import type { RoomBinding } from '../../domain/room-bindings'
import type { BindingStatus } from '@shared/households'
import { C, collection, find, getById, updateWhere } from '../store'

/** A request as written (the database gives the `_id`). */
export type NewRoomBinding = Omit<RoomBinding, '_id'>

/** The resident's requests in `estate`, newest first (at most 50: a person has a few rooms). */
export function mine(estate: string, openid: string): Promise<RoomBinding[]> {
  return find<RoomBinding>(C.roomBindings, { estate, openid }, { orderBy: [['createdAt', 'desc']], limit: 50 })
}

/** The resident's requests for one room of `estate`. */
export function mineFor(estate: string, openid: string, roomKey: string): Promise<RoomBinding[]> {
  return find<RoomBinding>(C.roomBindings, { estate, openid, roomKey }, { limit: 50 })
}

/** One page of `estate`'s requests of a status, oldest first (the queue works from the oldest). */
export function queue(estate: string, status: BindingStatus, q: { skip: number; limit: number }): Promise<RoomBinding[]> {
  const order: 'asc' | 'desc' = status === 'pending' ? 'asc' : 'desc'
  return find<RoomBinding>(C.roomBindings, { estate, status }, { orderBy: [['createdAt', order]], skip: q.skip, limit: q.limit })
}

/** The request `id` if it belongs to `estate`, else null (another estate's requests do not exist for this one). */
export async function inEstate(estate: string, id: string): Promise<RoomBinding | null> {
  const b = await getById<RoomBinding>(C.roomBindings, id)
  return b && b.estate === estate ? b : null
}

/** Stores a new request. @returns its id. */
export async function add(b: NewRoomBinding): Promise<string> {
  const r = (await collection(C.roomBindings).add({ data: b })) as { _id: string }
  return r._id
}

/** Stores a decision, only while the request still waits (two deciders at once: one wins). @returns whether it was stored. */
export async function decide(id: string, fields: Partial<RoomBinding>): Promise<boolean> {
  return (await updateWhere(C.roomBindings, { _id: id, status: 'pending' }, fields as Record<string, unknown>)) === 1
}

/** The verified residents of a room of `estate` (at most 50). */
export function residentsOf(estate: string, roomKey: string): Promise<RoomBinding[]> {
  return find<RoomBinding>(C.roomBindings, { estate, roomKey, status: 'verified' }, { limit: 50 })
}

/** Every request of `openid`, in every estate, newest first (at most 100): their own data (me.data, PIPL art. 45). */
export function allOf(openid: string): Promise<RoomBinding[]> {
  return find<RoomBinding>(C.roomBindings, { openid }, { orderBy: [['createdAt', 'desc']], limit: 100 })
}

/** Removes every request of `openid`, in every estate (注销: the account is deleted). */
export async function removeAllOf(openid: string): Promise<void> {
  await collection(C.roomBindings).where({ openid }).remove()
}
