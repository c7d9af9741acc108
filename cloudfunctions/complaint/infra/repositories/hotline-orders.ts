/**
 * The `hotline_orders` collection (W1, issue 18): which complaint holds each 12345 order number.
 * An order is claimed in the transaction that writes its complaint, so one number never becomes
 * two complaints, even when two staff register it at the same moment. Keyed by a hash of the number.
 */
import { createHash } from 'node:crypto'
import { AppError } from '../../domain/errors'
import { duplicateOrderMessage } from '../../domain/hotline'
import type { Complaint } from '../../domain/model'
import { C, type Tx } from '../store'

const keyOf = (orderNo: string) => createHash('sha256').update(orderNo).digest('hex').slice(0, 40)

/**
 * Claims the order number of `c` for it inside transaction `t` (its own claim stays its).
 * @throws AppError CONFLICT naming the complaint that holds the number (the transaction is then aborted).
 */
export async function claimIn(t: Tx, c: Pick<Complaint, '_id' | 'hotline' | 'createdAt'>): Promise<void> {
  if (!c.hotline) return
  const ref = t.collection(C.hotlineOrders).doc(keyOf(c.hotline.orderNo))
  const held = (await ref.get()) as { data: { complaintId: string } | null }
  if (held.data && held.data.complaintId !== c._id) {
    const holder = (await t.collection(C.complaints).doc(held.data.complaintId).get()) as { data: Complaint | null }
    throw new AppError('CONFLICT', duplicateOrderMessage(c.hotline.orderNo, holder.data ?? { no: '（已删除）', status: 'closed' }))
  }
  if (!held.data) await ref.set({ data: { complaintId: c._id, orderNo: c.hotline.orderNo, at: c.createdAt } })
}
