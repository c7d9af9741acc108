/**
 * The `settings` collection's `uploads` document: the secret the uploaders' folder keys are
 * derived from (infra/files.ts). Made once, when me.get first gives someone their folder key, in a
 * transaction so two first calls agree; never returned to anyone.
 */
import { randomBytes } from 'node:crypto'
import { C, getById, transaction } from '../store'

const ID = 'uploads'

/** The environment's upload secret (hex), or null while nobody was given a folder key yet. */
export async function existing(): Promise<string | null> {
  return (await getById<{ secret?: string }>(C.settings, ID))?.secret ?? null
}

/** The environment's upload secret (hex), created on first use. */
export function get(): Promise<string> {
  return transaction(async (t) => {
    const doc = (await t.collection(C.settings).doc(ID).get()) as { data: { secret?: string } | null }
    if (doc.data?.secret) return doc.data.secret
    const secret = randomBytes(32).toString('hex')
    await t.collection(C.settings).doc(ID).set({ data: { secret } })
    return secret
  })
}
