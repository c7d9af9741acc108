/**
 * Privacy (issue 15, docs/API.md): a resident's own data (see, export, withdraw consent, delete the
 * account) and the manager's records of personal data (the access log, content checks of files).
 */
import { call, callExport } from './api'
import type { ExportFile } from './report'
import type { PersonalData } from '@domain/personal-data'

export type { PersonalData }

/** Everything the office holds on the caller. */
export function getMyData(): Promise<PersonalData> {
  return call('me.data')
}

/** The caller's data as an .xlsx file. */
export function exportMyData(): Promise<ExportFile> {
  return callExport('privacy.export')
}

/** Withdraws the caller's consent to WeChat subscription messages. @returns how many acceptances were removed. */
export function withdrawConsents(): Promise<{ withdrawn: number; quota: Record<string, number> }> {
  return call('me.withdrawConsents')
}

/** Deletes the caller's account (注销); `already`: there was none. */
export function deleteAccount(): Promise<{ deleted: true; already: boolean; complaints: number }> {
  return call('me.delete', { confirm: '注销' })
}

/** Filters of the access log (all optional; days as YYYY-MM-DD, Shanghai). */
export interface AccessLogFilter {
  purpose?: string
  viewerOpenid?: string
  complaintNo?: string
  from?: string
  to?: string
}

/** One access-log entry as the manager reads it. */
export interface AccessLogRow {
  id: string
  at: number
  viewerName: string
  viewerOpenid: string
  viewerRoleLabel: string
  purpose: string
  purposeLabel: string
  fieldsLabel: string
  complaintId: string | null
  complaintNo: string
  whose: string
  count?: number
}

/** One page of the access log (30 rows). */
export function listAccessLog(filter: AccessLogFilter, page: number): Promise<{ items: AccessLogRow[]; total: number }> {
  return call('accessLog.list', { ...filter, page })
}

/** The access log under `filter` as an .xlsx file. */
export function exportAccessLog(filter: AccessLogFilter): Promise<ExportFile> {
  return callExport('export.accessLog', filter)
}

/** A file whose content check the manager should look at. */
export interface MediaItem {
  id: string
  complaintId: string
  complaintNo: string
  url: string
  status: string
  statusLabel: string
  uploaderName: string
  uploaderRoleLabel: string
  createdAt: number
  verdictAt?: number
  lastError?: string
  decision?: { show: boolean; by: string; at: number }
}

/** One page (20) of files needing the manager's look. */
export function listMediaChecks(page: number): Promise<{ items: MediaItem[]; total: number }> {
  return call('media.list', { page })
}

/** Shows or hides a file for everyone else, after looking at it. */
export function decideMedia(id: string, show: boolean): Promise<MediaItem> {
  return call('media.decide', { id, show })
}

/** Sends a file whose check failed to WeChat again. */
export function retryMedia(id: string): Promise<{ id: string; status: string }> {
  return call('media.retry', { id })
}
