/**
 * The household roster as a file (issue 16): the manager imports an .xlsx uploaded to cloud
 * storage — merged into the roster, or replacing it — with a row-by-row report of what was refused
 * and why, and exports the roster (or an empty template) with the same columns. Every change is
 * to `ctx.estate`'s roster only; the uploaded file is deleted once read or refused (owners' phones
 * do not linger in storage).
 */
import { actorOf, buildContext, type CallContext } from '../../complaint/actions/context'
import { requireRosterManager } from '../../complaint/actions/households/access'
import { formatInstant } from '../../complaint/domain/calendar'
import { forbidden, invalidInput } from '../../complaint/domain/errors'
import { checkRows, type Refusal } from '../../complaint/domain/households'
import { deleteFiles, fileKeyOf } from '../../complaint/infra/files'
import * as households from '../../complaint/infra/repositories/households'
import { parseFileId } from '@shared/uploads'
import { columnsOf, householdSheet, typedOf } from '../domain/household-sheet'
import { log } from '../infra/cloud'
import { downloadRoster, readRoster } from '../infra/roster-xlsx'
import { saveExport, workbook } from '../infra/xlsx'

export { buildContext as householdContext }

/** What an import did: how many households were added, updated and (replacing) removed, and each refused row. */
export interface ImportReport {
  /** false when a replacing import found a bad row: then nothing was changed. */
  applied: boolean
  added: number
  updated: number
  removed: number
  refused: Refusal[]
  households: number
}

/** The roster file the caller uploaded: theirs (under their folder key) and in the imports folder. @throws INVALID_INPUT, FORBIDDEN. */
async function ownUpload(fileID: string, ctx: CallContext): Promise<void> {
  const f = parseFileId(fileID)
  if (!f || f.folder !== 'imports') throw invalidInput('请上传 Excel 表格（.xlsx）')
  if (f.fileKey !== (await fileKeyOf(ctx.openid))) throw forbidden('只能导入您本人上传的文件')
}

/**
 * households.import `{ fileID, mode? }` → ImportReport. `merge` (default) adds the file's new rooms
 * and updates those the roster has; `replace` makes the roster exactly the file — only when no row
 * of it is refused (empty rows aside), else nothing changes.
 * @throws INVALID_INPUT when the file is not an .xlsx, lacks a required column, has more than
 *   20,000 rows, or the estate lists no buildings — nothing changed; FORBIDDEN unless the estate's manager.
 */
export async function importHouseholds(input: { fileID: string; mode?: 'merge' | 'replace' }, ctx: CallContext): Promise<ImportReport> {
  requireRosterManager(ctx)
  await ownUpload(input.fileID, ctx)
  try {
    return await importFile(input.fileID, input.mode === 'replace', ctx)
  } finally {
    // Read or refused, the file leaves storage: owners' phones do not linger there.
    await deleteFiles([input.fileID])
  }
}

/** Reads the file, checks its rows and (unless a replacement is blocked by a bad row) writes them. */
async function importFile(fileID: string, replace: boolean, ctx: CallContext): Promise<ImportReport> {
  const { estate } = await ctx.settings()
  if (!estate.buildings.length) throw invalidInput('请先在“小区与地点”中填写楼栋，再导入房屋台账')
  const sheet = await readRoster(await downloadRoster(fileID))
  const cols = columnsOf(sheet.header)
  if ('missing' in cols) throw invalidInput(`表格缺少列：${cols.missing.join('、')}（第 1 行应为表头，请用“下载模板”得到的表格）`)
  const rows = sheet.rows.map((r) => ({ row: r.row, cells: typedOf(r.cells, cols.at) }))
  const outcome = checkRows(rows, estate.buildings, await households.roomKeys(ctx.estate))
  const applied = !(replace && outcome.refused.some((r) => !r.empty))
  let removed = 0
  if (applied) {
    await households.putAll(ctx.estate, outcome.accepted, ctx.now)
    if (replace) removed = await households.removeOthers(ctx.estate, new Set(outcome.accepted.map((h) => h.roomKey)))
  }
  const count = applied ? await households.refreshCount(ctx.estate, ctx.now) : await households.countOf(ctx.estate)
  log('households', 'roster imported', { estate: ctx.estate, rows: rows.length, applied, refused: outcome.refused.length })
  return {
    applied,
    added: applied ? outcome.added : 0,
    updated: applied ? outcome.updated : 0,
    removed,
    refused: outcome.refused,
    households: count,
  }
}

/** households.export `{}` → `{ fileID, url, fileName, rows }`: the estate's roster with the import's columns. @throws FORBIDDEN unless the manager. */
export async function exportHouseholds(_input: unknown, ctx: CallContext) {
  const user = requireRosterManager(ctx)
  const rows = await households.all(ctx.estate)
  const file = await workbook([householdSheet(rows)], { creator: user.name, now: ctx.now })
  const fileName = `房屋台账-${formatInstant(ctx.now, 'YYYYMMDD-HHmm')}.xlsx`
  const saved = await saveExport('households', fileName, file, actorOf(user, ctx.openid), ctx.now, rows.length > 0)
  log('households', 'roster exported', { estate: ctx.estate, rows: rows.length })
  return { ...saved, rows: rows.length }
}

/** households.template `{}` → `{ fileID, url, fileName }`: the columns to fill and one example row. @throws FORBIDDEN unless the manager. */
export async function householdTemplate(_input: unknown, ctx: CallContext) {
  const user = requireRosterManager(ctx)
  const file = await workbook([householdSheet([], true)], { creator: user.name, now: ctx.now })
  return saveExport('households', '房屋台账模板.xlsx', file, actorOf(user, ctx.openid), ctx.now, false)
}
