/** How a room binding is shown: to the resident (their own request), and to customer service (the queue). */
import type { RoomBinding } from '../../domain/room-bindings'
import { BINDING_STATUSES, RELATIONS } from '@shared/households'

/** The resident's view of their request: the room, how they stand to it, where it stands, and a refusal's reason. */
export function bindingView(b: RoomBinding) {
  return {
    id: b._id,
    roomKey: b.roomKey,
    building: b.building,
    unit: b.unit,
    room: b.room,
    relation: b.relation,
    relationLabel: RELATIONS[b.relation],
    status: b.status,
    statusLabel: BINDING_STATUSES[b.status],
    reason: b.reason ?? '',
    createdAt: b.createdAt,
    decidedAt: b.decidedAt ?? null,
  }
}

/** Customer service's view of a request: the resident's view, the name and mobile they gave, and the roster's owner for comparison. */
export function requestView(b: RoomBinding, owner: { ownerName: string; ownerPhone: string } | null) {
  return {
    ...bindingView(b),
    name: b.name,
    phone: b.phone,
    ownerName: owner?.ownerName ?? '',
    ownerPhone: owner?.ownerPhone ?? '',
    decidedBy: b.decidedBy?.name ?? '',
  }
}
