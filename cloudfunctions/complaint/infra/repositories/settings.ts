/**
 * The `settings` collection: the office's settings, one document (`office`), over the
 * procedure's defaults (domain/settings.ts).
 */
import { withDefaults, type OfficeSettings } from '../../domain/settings'
import { C, collection, getById } from '../store'

const ID = 'office'

/** The office settings, stored values over the defaults. */
export async function get(): Promise<OfficeSettings> {
  return withDefaults(await getById<Partial<OfficeSettings>>(C.settings, ID))
}

/** Replaces the office settings. */
export async function save(s: OfficeSettings): Promise<void> {
  await collection(C.settings).doc(ID).set({ data: s })
}
