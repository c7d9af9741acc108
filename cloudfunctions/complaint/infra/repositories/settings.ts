/**
 * The `settings` collection (issue 16): the company's settings in one document (`company`: the
 * working calendar's official years) and each estate's in its own (`estate-<code>`: buildings and
 * areas, routing, deadlines, departments, robots, closures, office name…), merged over the
 * procedure's defaults (domain/settings.ts). A database from before estates keeps everything in
 * `office` (migration 005 splits it); until then it stands for the first estate and the company.
 */
import { DEFAULT_ESTATE } from '@shared/matters'
import { withDefaults, type OfficeSettings } from '../../domain/settings'
import { C, collection, getById } from '../store'

const COMPANY = 'company'
const LEGACY = 'office'

/** The document id of `estate`'s settings. */
export const estateDocId = (estate: string) => `estate-${estate}`

/** What the company document holds: the State Council's schedules, one per year. */
type CompanySettings = { calendar?: { years?: OfficeSettings['calendar']['years'] } }

/** The settings of `estate`: its own over the defaults, with the company's calendar years. */
export async function get(estate: string): Promise<OfficeSettings> {
  const [company, own] = await Promise.all([
    getById<CompanySettings>(C.settings, COMPANY),
    getById<Partial<OfficeSettings>>(C.settings, estateDocId(estate)),
  ])
  const legacy = !own && estate === DEFAULT_ESTATE ? await getById<Partial<OfficeSettings>>(C.settings, LEGACY) : null
  const stored = own ?? legacy ?? {}
  const years = { ...legacy?.calendar?.years, ...stored.calendar?.years, ...company?.calendar?.years }
  return withDefaults({ ...stored, calendar: { years, closures: stored.calendar?.closures ?? [] } })
}

/** Saves `s` as `estate`'s settings; its calendar's years go to the company document (every estate counts on them). */
export async function save(estate: string, s: OfficeSettings): Promise<void> {
  const { calendar, ...own } = s
  const { _id: _c, ...company } = ((await getById<CompanySettings & { _id?: string }>(C.settings, COMPANY)) ?? {}) as CompanySettings & {
    _id?: string
  }
  await collection(C.settings)
    .doc(COMPANY)
    .set({ data: { ...company, calendar: { years: calendar.years } } })
  await collection(C.settings)
    .doc(estateDocId(estate))
    .set({ data: { ...own, calendar: { closures: calendar.closures } } })
}
