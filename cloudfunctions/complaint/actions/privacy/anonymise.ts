/**
 * Anonymising a closed complaint and deleting its files — shared by account deletion and the
 * retention run. Each step can run twice (or twice at once) harmlessly: the history is rewritten to
 * the same pseudonym, storage deletion of a missing file is no error, and the complaint is written
 * only if it still has the version read, so exactly one run records the change.
 */
import { filesOf, withoutFiles } from '../../domain/media-check'
import { anonymisedPatch, pseudonymRef, type PrivacyRecord, type WithPrivacy } from '../../domain/privacy'
import { deleteFiles } from '../../infra/files'
import * as alerts from '../../infra/repositories/alert-outbox'
import * as complaints from '../../infra/repositories/complaints'
import * as conversation from '../../infra/repositories/conversation'
import * as events from '../../infra/repositories/events'
import * as mediaChecks from '../../infra/repositories/media-checks'

/**
 * Replaces the complainant of `c` by `pseudonym` (see domain/privacy.ts) and removes the emergency
 * alerts sent about it (their text names the place). @returns whether this run did it.
 */
export async function anonymise(c: WithPrivacy, pseudonym: string, why: PrivacyRecord['anonymisedFor'], now: number): Promise<boolean> {
  const own = c.complainant.openid
  if (own && own !== pseudonym) {
    await events.pseudonymiseActor(c._id, own, pseudonymRef(pseudonym))
    await conversation.pseudonymiseAuthor(c._id, own, pseudonymRef(pseudonym))
  }
  if (c.alert) await alerts.removeOf(c._id)
  return complaints.patchIfVersion(c._id, c.version, anonymisedPatch(c, pseudonym, why, now) as Record<string, unknown>)
}

/** The top-level fields of `after` that differ from `before`. */
function changed(before: WithPrivacy, after: WithPrivacy): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(after)) if (JSON.stringify(v) !== JSON.stringify((before as any)[k])) out[k] = v
  return out
}

/**
 * Deletes every stored file of `c` (photos, evidence, signature, its conversation's photos…): from
 * storage first, then from the complaint and its thread, whose checks are marked so a verdict arriving later is ignored.
 * @returns how many files this run removed from the complaint, or null when another run was first.
 */
export async function deleteFilesOf(c: WithPrivacy, now: number): Promise<number | null> {
  const thread = await conversation.photosOf(c._id)
  const files = [...new Set([...filesOf(c), ...thread])]
  if (files.length) await deleteFiles(files)
  if (thread.length) await conversation.removePhotos(c._id)
  const stripped = withoutFiles(c, new Set(files))
  const privacy: PrivacyRecord = { ...c.privacy, filesDeletedAt: now, filesDeleted: files.length }
  const ok = await complaints.patchIfVersion(c._id, c.version, {
    ...changed(c, stripped),
    privacy,
    version: c.version + 1,
    updatedAt: now,
  })
  if (!ok) return null
  if (files.length) await mediaChecks.markDeleted(files, now)
  return files.length
}
