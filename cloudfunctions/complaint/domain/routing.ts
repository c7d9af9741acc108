/**
 * The routers' table (issue 12): each action name maps to the schema its payload must meet and
 * its use case. Names are looked up in a `Map` built from the table's own entries, so JavaScript's
 * own names (`constructor`, `toString`, `__proto__`, `hasOwnProperty`, `valueOf`) are unknown
 * actions like any other, and no use case runs on a payload its schema refused.
 */
import type { z } from 'zod'
import { AppError } from './errors'
import { parseInput } from './validation'

/** One routed action: the schema of its payload, and its use case on the parsed payload. */
export interface Route<C> {
  schema: z.ZodType
  run: (input: never, ctx: C) => Promise<unknown>
}

/** A route whose use case takes what `schema` outputs. */
export function route<S extends z.ZodType, C>(schema: S, run: (input: z.output<S>, ctx: C) => Promise<unknown>): Route<C> {
  return { schema, run: run as Route<C>['run'] }
}

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

/**
 * Runs `r` on `payload` (absent: `{}`) in the context `ctx` builds — first, so a caller the
 * function refuses outright hears that before anything about the payload — once its schema accepted it.
 * @throws AppError INVALID_INPUT, and what the context or the use case throws.
 */
export async function runRoute<C>(r: Route<C>, payload: unknown, ctx: () => Promise<C>): Promise<unknown> {
  const c = await ctx()
  return r.run(parseInput(r.schema, payload ?? {}) as never, c)
}
