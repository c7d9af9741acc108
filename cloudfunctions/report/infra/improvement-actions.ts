/**
 * Corrective and preventive actions in the collection `improvement_actions` (S3): added, read,
 * listed newest first, and followed up by appending a note (notes are never edited or removed).
 */
import type { ActionNote, ActionStatus, ImprovementAction } from '../domain/improvement'
import { database } from './cloud'
import { inEstate } from '../../complaint/domain/estate'
import { C, find, getById } from './store'

/** Adds an action. @returns its `_id`. */
export async function insertAction(doc: Omit<ImprovementAction, '_id'> & { estate: string }): Promise<string> {
  const r = (await database().collection(C.actions).add({ data: doc })) as { _id: string }
  return r._id
}

/** Action `id` of `estate`, or null (issue 16: another estate's is not found). */
export async function getAction(id: string, estate: string): Promise<ImprovementAction | null> {
  const a = await getById<ImprovementAction & { estate?: string }>(C.actions, id)
  return inEstate(a, estate) ? a : null
}

/** Appends `note` and sets the status it names (`doneAt` when done). */
export async function appendNote(id: string, note: ActionNote): Promise<void> {
  const _ = database().command
  await database()
    .collection(C.actions)
    .doc(id)
    .update({
      data: { notes: _.push([note]), status: note.status, updatedAt: note.at, ...(note.status === 'done' ? { doneAt: note.at } : {}) },
    })
}

/** `estate`'s actions with the given status and department (absent: any), newest first, at most 100. */
export function findActions(where: { estate: string; status?: ActionStatus; departmentCode?: string }): Promise<ImprovementAction[]> {
  const defined = Object.fromEntries(Object.entries(where).filter(([, v]) => v !== undefined))
  return find<ImprovementAction>(C.actions, defined, { orderBy: [['createdAt', 'desc']], limit: 100 })
}
