/**
 * The triage part of `npm run bench` (issues 14 and 18): emergency detection and the suggestions
 * for customer service scored on the labelled fixtures in test/fixtures, on all texts and on the
 * held-out third that was never looked at while the rules were tuned. Runs the pure domain module
 * directly (it is the code the complaint function bundles).
 *
 * Usage: `npm run bench -- --only triage [--errors] [--errors-all]` — `--errors` lists the tuning
 * texts it gets wrong (never the held-out ones), `--errors-all` every text.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { detectEmergency } from '../../cloudfunctions/complaint/domain/triage/emergency'
import { suggest } from '../../cloudfunctions/complaint/domain/triage/suggest'
import { DEFAULT_ROUTING } from '../../cloudfunctions/complaint/domain/settings'

interface EmergencyCase {
  id: string
  split: 'tune' | 'holdout'
  text: string
  category: string
  location: string
  emergency: boolean
  rules: string[]
}
interface SuggestionCase {
  id: string
  split: 'tune' | 'holdout'
  text: string
  location: string
  category: string
  aboutStaff: string | null
  refusal: string | null
  referTo: string | null
}

const root = join(__dirname, '../..')
const load = <T>(name: string): T[] => JSON.parse(readFileSync(join(root, 'test/fixtures', name), 'utf8')).texts
const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '—')

/** Recall and precision of emergency detection on some cases, with the ones it got wrong. */
export function scoreEmergency(cases: EmergencyCase[]) {
  let tp = 0
  let fp = 0
  let fn = 0
  const wrong: string[] = []
  for (const c of cases) {
    const r = detectEmergency(c.text, { category: c.category, location: c.location })
    if (r.emergency && c.emergency) tp++
    if (r.emergency && !c.emergency) fp++
    if (!r.emergency && c.emergency) fn++
    if (r.emergency !== c.emergency) wrong.push(`${c.id} ${c.split} expected ${c.emergency} · ${c.text} · ${r.reason}`)
  }
  return { recall: pct(tp, tp + fn), precision: pct(tp, tp + fp), n: cases.length, wrong }
}

/** Accuracy of the category, about-staff role and refusal ground suggestions on some cases. */
export function scoreSuggestions(cases: SuggestionCase[]) {
  let category = 0
  let staff = 0
  let refusal = 0
  const wrong: string[] = []
  for (const c of cases) {
    const s = suggest(c.text, { location: c.location, routing: DEFAULT_ROUTING })
    const got = { category: s.category?.value ?? null, staff: s.aboutStaff?.role ?? null, refusal: s.refusal?.ground ?? null }
    const ok = { category: got.category === c.category, staff: got.staff === c.aboutStaff, refusal: got.refusal === c.refusal }
    if (ok.category) category++
    if (ok.staff) staff++
    if (ok.refusal) refusal++
    if (!ok.category || !ok.staff || !ok.refusal)
      wrong.push(
        `${c.id} ${c.split} · ${c.text} · expected ${c.category}/${c.aboutStaff}/${c.refusal} got ${got.category}/${got.staff}/${got.refusal}`,
      )
  }
  const n = cases.length
  return { category: pct(category, n), staff: pct(staff, n), refusal: pct(refusal, n), n, wrong }
}

/** Prints the two triage lines (and their held-out versions); returns false when a target is missed. */
export function runTriageBench(args: string[] = []): boolean {
  const em = load<EmergencyCase>('triage-emergency.json')
  const sg = load<SuggestionCase>('triage-suggestions.json')
  const e = scoreEmergency(em)
  const eh = scoreEmergency(em.filter((c) => c.split === 'holdout'))
  const s = scoreSuggestions(sg)
  const sh = scoreSuggestions(sg.filter((c) => c.split === 'holdout'))
  console.log(`emergency detection: recall ${e.recall}%, precision ${e.precision}% on ${e.n} texts`)
  console.log(`emergency detection (held-out only): recall ${eh.recall}%, precision ${eh.precision}% on ${eh.n} texts`)
  console.log(`suggestions: category ${s.category}%, about-staff ${s.staff}%, refusal ${s.refusal}% on ${s.n} texts`)
  console.log(`suggestions (held-out only): category ${sh.category}%, about-staff ${sh.staff}%, refusal ${sh.refusal}% on ${sh.n} texts`)
  const all = args.includes('--errors-all')
  if (all || args.includes('--errors'))
    for (const w of [...e.wrong, ...s.wrong]) if (all || w.split(' ')[1] === 'tune') console.log(`  wrong: ${w}`)
  const misses = [
    Number(e.recall) < 95 && 'emergency recall < 95%',
    Number(e.precision) < 80 && 'emergency precision < 80%',
    Number(s.category) < 85 && 'category < 85%',
    Number(s.staff) < 90 && 'about-staff < 90%',
  ].filter(Boolean)
  if (misses.length) console.error(`triage targets missed: ${misses.join('; ')}`)
  return misses.length === 0
}

if (require.main === module) process.exit(runTriageBench(process.argv.slice(2)) ? 0 : 1)
