/**
 * The routers' table (issue 12): each action name maps to the schema its payload must meet and
 * its use case. Names are looked up in a `Map` built from the table's own entries, so JavaScript's
 * own names (`constructor`, `toString`, `__proto__`, `hasOwnProperty`, `valueOf`) are unknown
 * actions like any other, and no use case runs on a payload its schema refused.
 */
import type * as z from 'zod/mini'
import { AppError, invalidInput } from './errors'
import { parseChecked } from './validation'
import type { Department } from '@shared/departments'

/** One routed action: the schema of its payload, and its use case on the parsed payload. */
export interface Route<C> {
  schema: z.ZodMiniType
  run: (input: never, ctx: C) => Promise<unknown>
  /** A question (a search, a look-up): nothing of its payload is saved, so its text is not content-checked. */
  query?: boolean
}

/** A route whose use case takes what `schema` outputs; the text it saves is content-checked (issue 15). */
export function route<S extends z.ZodMiniType, C>(schema: S, run: (input: z.output<S>, ctx: C) => Promise<unknown>): Route<C> {
  return { schema, run: run as Route<C>['run'] }
}

/** A route whose payload only asks (searches, look-ups by code or room): saved nowhere, so not content-checked. */
export function query<S extends z.ZodMiniType, C>(schema: S, run: (input: z.output<S>, ctx: C) => Promise<unknown>): Route<C> {
  return { schema, run: run as Route<C>['run'], query: true }
}

/** What a function does with an accepted payload before its use case: the content check of its free text (issue 15). */
export type Inspect<C> = (schema: z.ZodMiniType, input: unknown, ctx: C) => Promise<void>

/** The routing table of a function, from an object literal's own entries. */
export function routeTable<C>(routes: Record<string, Route<C>>): ReadonlyMap<string, Route<C>> {
  return new Map(Object.entries(routes))
}

/** The route of `action`. @throws AppError UNKNOWN_ACTION for any name the table does not hold. */
export function routeOf<C>(table: ReadonlyMap<string, Route<C>>, action: string): Route<C> {
  const r = table.get(action)
  if (!r) throw new AppError('UNKNOWN_ACTION', '不支持的操作')
  return r
}

/** Most values one payload may hold, nested ones included (a form holds a few hundred). */
export const MAX_PAYLOAD_VALUES = 20_000

/**
 * What no schema sees for itself, in Chinese, or null: a `__proto__` key at any depth (JSON makes
 * it an own key; copying the object would make it the prototype, so a schema would never see it),
 * and more values than any form holds. Walks without recursion, so no nesting can exhaust the stack.
 */
export function payloadProblem(payload: unknown): string | null {
  const stack: unknown[] = [payload]
  for (let seen = 0; stack.length; seen++) {
    if (seen > MAX_PAYLOAD_VALUES) return '提交的内容过多'
    const v = stack.pop()
    if (!v || typeof v !== 'object') continue
    for (const k of Object.keys(v)) {
      if (k === '__proto__') return '不支持的字段：__proto__'
      stack.push((v as Record<string, unknown>)[k])
    }
  }
  return null
}

/**
 * Runs `r` on `payload` (absent: `{}`) in the context `ctx` builds — first, so a caller the
 * function refuses outright hears that before anything about the payload — once its schema accepted
 * it, the department codes it names included (`departments` gives the office's, from the settings of
 * the moment, read only when the payload names one), and `inspect` (the content check) passed it,
 * unless the route is a query.
 * @throws AppError INVALID_INPUT, CONTENT_RISKY, and what the context or the use case throws.
 */
export async function runRoute<C>(
  r: Route<C>,
  payload: unknown,
  ctx: () => Promise<C>,
  departments: (c: C) => Promise<readonly Department[]>,
  inspect?: Inspect<C>,
): Promise<unknown> {
  const c = await ctx()
  const problem = payloadProblem(payload)
  if (problem) throw invalidInput(problem)
  const input = await parseChecked(r.schema, payload ?? {}, () => departments(c))
  if (inspect && !r.query) await inspect(r.schema, input, c)
  return r.run(input as never, c)
}
