/**
 * Retention (PIPL art. 19), run by the timer: closed complaints (refused, closed, withdrawn —
 * TERMINAL) have their photos and other files deleted M months after closing and their personal
 * fields anonymised N months after closing (the manager's settings; 12 and 36 by default). The
 * complaints themselves stay, so reports still count them. Idempotent: a complaint done is not
 * found again, and two runs at once record each complaint once (anonymise.ts). Each complaint done
 * is recorded in the access log, without personal data.
 */
import { createHash } from 'node:crypto'
import { monthsBefore, retentionPseudonym, type RetentionSettings } from '../../domain/privacy'
import { SYSTEM_ACTOR, personRef } from '../../domain/policy'
import { TERMINAL } from '@shared/status-groups'
import { log } from '../../infra/cloud'
import * as accessLog from '../../infra/repositories/access-log'
import * as complaints from '../../infra/repositories/complaints'
import { anonymise, deleteFilesOf } from './anonymise'
import { DEFAULT_ESTATE } from '@shared/matters'

/** A report of nothing done yet. */
export const emptyRetention = (): RetentionReport => ({ anonymised: 0, filesDeletedFrom: 0, filesDeleted: 0 })

/** At most this many complaints of each step per run and estate; the next run continues. */
const PER_RUN = 200

/** What one run did. */
export interface RetentionReport {
  anonymised: number
  filesDeletedFrom: number
  filesDeleted: number
}

const note = (c: { _id: string; no: string; estate?: string }, purpose: string, fields: string[], now: number, count?: number) =>
  accessLog.record({
    complaintId: c._id,
    complaintNo: c.no,
    estate: c.estate ?? DEFAULT_ESTATE,
    viewer: personRef(SYSTEM_ACTOR),
    at: now,
    fields,
    purpose,
    count,
  })

/** Deletes the files of complaints closed before the files' cutoff. */
async function deleteDueFiles(estate: string, r: RetentionSettings, now: number, report: RetentionReport): Promise<void> {
  for (const c of await complaints.closedBefore(estate, TERMINAL, monthsBefore(now, r.deleteFilesAfterMonths), 'filesDeletedAt', PER_RUN)) {
    const n = await deleteFilesOf(c, now)
    if (n === null) continue
    report.filesDeletedFrom += 1
    report.filesDeleted += n
    if (n) await note(c, 'retention_files_deleted', ['files'], now, n)
  }
}

/** Anonymises complaints closed before the personal fields' cutoff. */
async function anonymiseDue(estate: string, r: RetentionSettings, now: number, report: RetentionReport): Promise<void> {
  for (const c of await complaints.closedBefore(estate, TERMINAL, monthsBefore(now, r.anonymiseAfterMonths), 'anonymisedAt', PER_RUN)) {
    const pseudonym = retentionPseudonym(createHash('sha1').update(c._id).digest('hex'))
    if (!(await anonymise(c, pseudonym, 'retention', now))) continue
    report.anonymised += 1
    await note(c, 'retention_anonymised', ['name', 'room', 'phone', 'openid'], now)
  }
}

/** One retention run at `now` over `estate`'s closed complaints, with that estate's periods (issue 16: each estate sets its own). */
export async function runRetention(
  estate: string,
  r: RetentionSettings,
  now: number,
  report: RetentionReport = emptyRetention(),
): Promise<RetentionReport> {
  await deleteDueFiles(estate, r, now, report)
  await anonymiseDue(estate, r, now, report)
  if (report.anonymised || report.filesDeletedFrom) log('retention', 'run finished', { ...report })
  return report
}
