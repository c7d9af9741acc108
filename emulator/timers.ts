/**
 * Timer triggers as WeChat cloud runs them: each function's config.json trigger (7 fields:
 * second minute hour day month weekday year) on its schedule, with a trigger event and no OPENID.
 */
import { Cron } from 'croner'
import type { CloudFunction } from './functions'

/** WeChat's 7-field expression → croner's 6 fields; only `*` is supported for the year field. */
export function toCroner(expr: string): string {
  const parts = expr.trim().split(/\s+/)
  if (parts.length !== 7) throw new Error(`timer "${expr}": WeChat timer triggers have 7 fields`)
  if (parts[6] !== '*') throw new Error(`timer "${expr}": only "*" is supported for the year field`)
  return parts.slice(0, 6).join(' ')
}

/** The event a timer trigger passes to `main`. */
export function timerEvent(name: string, at = new Date()) {
  return { Type: 'Timer', TriggerName: name, Time: at.toISOString() }
}

/** Starts every function's timer; returns a stop function. */
export function startTimers(
  fns: Iterable<CloudFunction>,
  fire: (fn: CloudFunction, event: ReturnType<typeof timerEvent>) => Promise<void>,
): () => void {
  const jobs: Cron[] = []
  for (const fn of fns) {
    for (const t of fn.config.triggers ?? []) {
      if (t.type !== 'timer') continue
      jobs.push(new Cron(toCroner(t.config), { protect: true, timezone: 'Asia/Shanghai' }, () => fire(fn, timerEvent(t.name))))
    }
  }
  return () => jobs.forEach((j) => j.stop())
}
