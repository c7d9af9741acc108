/**
 * Which strings of a payload are words a person wrote (free text, for the content check) and which
 * are files (for the media check), read from the payload's zod schema itself — so a schema added
 * later is covered without being listed anywhere. A string is free text unless it is an identifier
 * or a file (by its field name, or a value that is a stored file's id), a format (a string with a
 * pattern: days, phones) or a secret.
 */
import type * as z from 'zod/mini'

/** Field names that carry identifiers, not words: ids, OPENIDs, codes of a table. */
export const IDENTIFIER_FIELD = /^(_?id|openid|repeatOf)$|(Id|Openid|Code)$/
/** Fields that hold stored files (their values are fileIDs, checked as media instead; recordings `{ fileID, … }`, issue 19). */
export const FILE_FIELD = /^(photos|files|voice|audio|voiceNotes|videos|fileID)$|File$/
/** Fields whose values are secrets (webhook keys): never sent to any outside service. */
export const SECRET_FIELD = /^(wecomRobots)$/

/** A stored file's id, as WeChat cloud storage writes it. */
export const isFileId = (v: unknown): v is string => typeof v === 'string' && v.startsWith('cloud://')

/** One piece of free text found in a payload, with where it was (`complainant.name`, `steps.1`). */
export interface FoundText {
  path: string
  text: string
}

type Def = { type: string; [k: string]: any }
const defOf = (s: z.ZodMiniType): Def => (s as any)._zod.def

/** Wrappers whose value is their inner schema's value. */
const WRAPPERS = new Set(['optional', 'default', 'nullable', 'prefault', 'catch', 'readonly', 'nonoptional', 'success'])

/** Whether a string schema is a format (it carries a pattern), not free text. */
function isFormat(def: Def): boolean {
  return (def.checks ?? []).some((c: any) => c?._zod?.def?.check === 'string_format')
}

/** The last named segment of a path (array positions skipped). */
const fieldOf = (path: string[]) => [...path].reverse().find((p) => !/^\d+$|^\[\]$|^\*$/.test(p)) ?? ''

/** What a walk collects: the texts of a value, or (no value) the paths of the schema's free-text fields. */
interface Walk {
  withValue: boolean
  out: FoundText[]
}

type Visit = (def: Def, value: unknown, path: string[], w: Walk) => void

/** The schema a pipe's value is shaped by: its input, unless the input is a preprocessing function. */
const pipeSide = (def: Def): z.ZodMiniType => (defOf(def.in).type === 'transform' ? def.out : def.in)

/** For a value, the union member that accepts it; without one, every member (paths mode). */
function unionMembers(def: Def, value: unknown, w: Walk): z.ZodMiniType[] {
  if (!w.withValue) return def.options
  const hit = (def.options as z.ZodMiniType[]).find((o) => o.safeParse(value).success)
  return hit ? [hit] : []
}

const VISIT: Record<string, Visit> = {
  object: (def, value, path, w) => {
    for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodMiniType>)) {
      if (SECRET_FIELD.test(key)) continue
      walk(child, (value as Record<string, unknown> | undefined)?.[key], [...path, key], w)
    }
  },
  record: (def, value, path, w) => {
    if (!w.withValue) return walk(def.valueType, undefined, [...path, '*'], w)
    for (const [k, v] of Object.entries((value as Record<string, unknown>) ?? {})) walk(def.valueType, v, [...path, k], w)
  },
  array: (def, value, path, w) => {
    if (!w.withValue) return walk(def.element, undefined, [...path, '[]'], w)
    ;((value as unknown[]) ?? []).forEach((v, i) => walk(def.element, v, [...path, String(i)], w))
  },
  union: (def, value, path, w) => unionMembers(def, value, w).forEach((o) => walk(o, value, path, w)),
  pipe: (def, value, path, w) => walk(pipeSide(def), value, path, w),
  lazy: (def, value, path, w) => walk(def.getter(), value, path, w),
  string: (def, value, path, w) => {
    const field = fieldOf(path)
    if (isFormat(def) || IDENTIFIER_FIELD.test(field) || FILE_FIELD.test(field)) return
    if (!w.withValue) return void w.out.push({ path: path.join('.'), text: '' })
    if (typeof value === 'string' && value.trim() && !isFileId(value)) w.out.push({ path: path.join('.'), text: value })
  },
}

function walk(schema: z.ZodMiniType, value: unknown, path: string[], w: Walk): void {
  const def = defOf(schema)
  if (WRAPPERS.has(def.type)) return walk(def.innerType, value, path, w)
  if (w.withValue && value === undefined) return
  VISIT[def.type]?.(def, value, path, w)
}

/**
 * The free text of a parsed payload: every non-empty string the schema does not mark as an
 * identifier, format, secret or file, with its path.
 */
export function freeTexts(schema: z.ZodMiniType, value: unknown): FoundText[] {
  const w: Walk = { withValue: true, out: [] }
  walk(schema, value, [], w)
  return w.out
}

/** The paths of a schema's free-text fields (`[]` for any array position, `*` for any record key). */
export function freeTextFields(schema: z.ZodMiniType): string[] {
  const w: Walk = { withValue: false, out: [] }
  walk(schema, undefined, [], w)
  return [...new Set(w.out.map((f) => f.path))]
}

/** Every stored file a payload names (photos, evidence, signatures, voice notes …), wherever it is. */
export function fileIdsIn(value: unknown): string[] {
  if (isFileId(value)) return [value]
  if (Array.isArray(value)) return value.flatMap(fileIdsIn)
  if (value && typeof value === 'object') return Object.values(value).flatMap(fileIdsIn)
  return []
}
