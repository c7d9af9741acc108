/** complaint.get — one complaint as the caller may see it (G3-P5), with the actions they may take now. */
import type { CallContext } from '../context'
import { complaintView } from './view'

/** @param payload `{ id }`. @throws NOT_FOUND. */
export async function get(payload: { id?: string }, ctx: CallContext) {
  return complaintView(String(payload?.id ?? ''), ctx)
}
