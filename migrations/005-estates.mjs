/**
 * Migration 005: estates (issue 16). A database from before estates holds one management office
 * and one estate; it becomes the company's first estate, code `default` (shared/matters.ts
 * DEFAULT_ESTATE), with nothing lost:
 * - `estates/default` is created, named after the office;
 * - the settings split: `settings/office` stays as it was (nothing deleted), its calendar's official
 *   years go to `settings/company`, everything else to `settings/estate-default`;
 * - every complaint, event, outbox entry, alert, conversation message, content check, access-log
 *   entry, invite, matter and corrective action without an estate gets `default`;
 * - staff get their membership of the first estate (their role and department), residents the
 *   first estate as joined, and everyone it as their current estate;
 * - the first estate's active managers become the company administrators when the company has none
 *   (someone must be able to create the next estate).
 * Idempotent: each step touches only what has no estate yet. Written on its own (a migration must
 * not change meaning when the domain code does later).
 */

export const ESTATE = 'default'

/** Collections whose records carry their estate. */
export const SCOPED = [
  'complaints',
  'events',
  'outbox',
  'alert_outbox',
  'conversation',
  'media_checks',
  'access_log',
  'invites',
  'matters',
  'improvement_actions',
]

const PAGE = 100

/** The first document with this id, or undefined (a query: the cloud rejects a get of a missing document). */
async function byId(db, collection, id) {
  return (await db.collection(collection).where({ _id: id }).limit(1).get()).data[0]
}

/** Writes `data` as document `id` of `collection` (without its `_id` field, which the SDK refuses in data). */
async function put(db, collection, id, data) {
  const { _id, ...rest } = data
  await db.collection(collection).doc(id).set({ data: rest })
}

/** The first estate's record, named after the office. */
async function estateRecord(db, ctx, office) {
  if (await byId(db, 'estates', ESTATE)) return false
  const name = String(office?.officeName ?? '').replace(/(物业)?(管理处|服务中心)$/, '') || '第一个小区'
  const system = { openid: 'system', name: '系统', role: 'system' }
  await put(db, 'estates', ESTATE, { code: ESTATE, name, address: '', households: 0, createdAt: ctx.now, createdBy: system })
  return true
}

/** The office's settings, split into the company's (calendar years) and the first estate's (the rest). */
async function splitSettings(db, office) {
  if (!office || (await byId(db, 'settings', `estate-${ESTATE}`))) return false
  const { _id, calendar, ...own } = office
  const company = (await byId(db, 'settings', 'company')) ?? {}
  const years = { ...(calendar?.years ?? {}), ...(company.calendar?.years ?? {}) }
  await put(db, 'settings', 'company', { ...company, calendar: { years } })
  await put(db, 'settings', `estate-${ESTATE}`, { ...own, calendar: { closures: calendar?.closures ?? [] } })
  return true
}

/** Gives every record of `collection` without an estate the first estate. @returns how many. */
async function stamp(db, collection) {
  const _ = db.command
  let total = 0
  for (;;) {
    const page = (
      await db
        .collection(collection)
        .where({ estate: _.exists(false) })
        .limit(PAGE)
        .field({ _id: true })
        .get()
    ).data
    for (const d of page)
      await db
        .collection(collection)
        .doc(d._id)
        .update({ data: { estate: ESTATE } })
    total += page.length
    if (page.length < PAGE) return total
  }
}

/** What a user record gains: staff their membership, residents the estate joined, both a current estate. */
function estateFieldsOf(u) {
  if (u.role === 'resident') return { estates: [ESTATE], estate: u.estate ?? ESTATE }
  return { memberships: [{ estate: ESTATE, role: u.role, departmentCode: u.departmentCode ?? '' }], estate: u.estate ?? ESTATE }
}

/** Users without memberships or joined estates get the first estate's. @returns how many. */
async function users(db) {
  const _ = db.command
  const where = _.and([{ memberships: _.exists(false) }, { estates: _.exists(false) }, { companyRole: _.exists(false) }])
  let total = 0
  for (;;) {
    const page = (await db.collection('users').where(where).limit(PAGE).get()).data
    for (const u of page)
      await db
        .collection('users')
        .doc(u._id)
        .update({ data: estateFieldsOf(u) })
    total += page.length
    if (page.length < PAGE) return total
  }
}

/** The first estate's active managers become company administrators, when the company has none. @returns how many. */
async function administrators(db) {
  if ((await db.collection('users').where({ companyRole: 'admin' }).limit(1).get()).data.length) return 0
  const managers = (await db.collection('users').where({ role: 'manager', active: true }).limit(20).get()).data
  for (const m of managers)
    await db
      .collection('users')
      .doc(m._id)
      .update({ data: { companyRole: 'admin' } })
  return managers.length
}

/** @param db the cloud database (wx-server-sdk). @param ctx { log, now, env } */
export async function up(db, ctx) {
  const office = await byId(db, 'settings', 'office')
  if (await estateRecord(db, ctx, office)) ctx.log(`estates: the first estate "${ESTATE}" created`)
  if (await splitSettings(db, office)) ctx.log('estates: settings split into the company and the first estate')
  for (const name of SCOPED) {
    const n = await stamp(db, name)
    if (n) ctx.log(`estates: ${n} ${name} given the first estate`)
  }
  const u = await users(db)
  if (u) ctx.log(`estates: ${u} users given the first estate`)
  const a = await administrators(db)
  if (a) ctx.log(`estates: ${a} managers made company administrators`)
}
