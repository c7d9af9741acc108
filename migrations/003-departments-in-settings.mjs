/**
 * Migration 003: departments in settings. The office's departments used to be a constant of the
 * code (the six below); they are now the office's data, `departments` in the settings document
 * (`settings/office`), which the manager edits in 设置 › 部门与派单. This writes the six an office
 * has always had into its settings when they are not there yet, so the list is the office's own from
 * now on and a later change of the code's defaults can never change it. Every code stored so far on
 * complaints, staff, invites and events is one of these six (the payload schemas allowed no
 * other). Idempotent: settings that list departments already are left as they are.
 * Written on its own (a migration must not change meaning when the domain code does later); the
 * deploy tests check the list against shared/departments.ts DEFAULT_DEPARTMENTS.
 */

/** The departments every office had while they were code constants (shared/departments.ts DEFAULT_DEPARTMENTS). */
export const DEPARTMENTS = [
  { code: 'customer_service', name: '客户服务中心', active: true },
  { code: 'cleaning', name: '保洁部', active: true },
  { code: 'landscaping', name: '绿化部', active: true },
  { code: 'security', name: '秩序维护部', active: true },
  { code: 'engineering', name: '工程部', active: true },
  { code: 'parking', name: '车辆管理组', active: true },
]

const ID = 'office'

/** @param db the cloud database (wx-server-sdk). @param ctx { log, now, env } */
export async function up(db, ctx) {
  const settings = db.collection('settings')
  // A query, not doc(id).get(): the cloud rejects a get of a document that does not exist.
  const found = (await settings.where({ _id: ID }).limit(1).get()).data[0]
  if (Array.isArray(found?.departments) && found.departments.length) {
    ctx.log(`departments: settings list ${found.departments.length} already, left as they are`)
    return
  }
  if (found) await settings.doc(ID).update({ data: { departments: DEPARTMENTS } })
  else await settings.doc(ID).set({ data: { departments: DEPARTMENTS } })
  ctx.log(`departments: the ${DEPARTMENTS.length} departments written into the office's settings`)
}
