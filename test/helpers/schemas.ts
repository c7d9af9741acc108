/**
 * Every payload schema of the cloud functions, found rather than listed: the zod schemas exported
 * by the functions' domain modules and settings schema files (the transition payloads of
 * `schemas` one by one), so a schema added later is in every test that walks them. And sample
 * payloads built from a schema's JSON Schema, for tests that must send a valid one.
 */
import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import * as z from 'zod/mini'
import { FILE_FIELD } from '../../cloudfunctions/complaint/domain/free-text'

const root = join(__dirname, '../..')

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? filesUnder(p) : [p]
  })
}

/** Modules that may export payload schemas: every domain module, and `schema.ts` files beside use cases. */
function schemaModules(): string[] {
  const fns = join(root, 'cloudfunctions')
  return readdirSync(fns)
    .filter((f) => statSync(join(fns, f)).isDirectory())
    .flatMap((f) => filesUnder(join(fns, f)))
    .filter((p) => !p.includes('node_modules') && p.endsWith('.ts'))
    .filter((p) => /\/domain\//.test(p) || /\/actions\/.*schema\.ts$/.test(p))
}

const isObjectSchema = (v: unknown): v is z.ZodMiniObject => v instanceof z.ZodMiniType && (v as any)._zod.def.type === 'object'

/** One payload schema and where it lives: `file:export` or `file:schemas.action`. */
export interface NamedSchema {
  name: string
  schema: z.ZodMiniObject
}

/** Every object schema exported by the functions' modules (members of an exported table of schemas too). */
export function allSchemas(): NamedSchema[] {
  const out: NamedSchema[] = []
  for (const file of schemaModules()) {
    const mod = require(file) as Record<string, unknown>
    const where = relative(root, file).replace(/\.ts$/, '')
    for (const [key, value] of Object.entries(mod)) {
      if (isObjectSchema(value)) out.push({ name: `${where}:${key}`, schema: value })
      else if (value && typeof value === 'object' && !Array.isArray(value))
        for (const [member, s] of Object.entries(value)) if (isObjectSchema(s)) out.push({ name: `${where}:${key}.${member}`, schema: s })
    }
  }
  return out
}

type Json = { [k: string]: any }

/** Values tried, in order, for a string with a pattern: the first the pattern accepts is used. */
// 'engineering' first: a department code must name one of the office's departments.
const PATTERN_SAMPLES = ['2026-12-01', '2027', '13800001111', 'engineering', 'abc123', 'reveal_contact', '08:00']

function sampleString(s: Json, text: string): string {
  if (s.enum) return s.enum[0]
  if (s.const !== undefined) return s.const
  if (s.pattern) return PATTERN_SAMPLES.find((v) => new RegExp(s.pattern).test(v)) ?? ''
  return text
}

function sampleNumber(s: Json): number {
  if (s.minimum !== undefined) return s.minimum
  if (s.exclusiveMinimum !== undefined) return s.exclusiveMinimum + 1
  return 1
}

/** A value for a JSON Schema: every property present (files left out), one item per array, one entry per record. */
export function sampleOf(s: Json, text = '正常的文字'): unknown {
  if (s.anyOf || s.oneOf) return sampleOf((s.anyOf ?? s.oneOf).find((o: Json) => o.type || o.enum || o.const) ?? {}, text)
  if (s.enum || s.const !== undefined) return sampleString(s, text)
  switch (s.type) {
    case 'string':
      return sampleString(s, text)
    case 'number':
    case 'integer':
      return sampleNumber(s)
    case 'boolean':
      return false
    case 'array':
      return [sampleOf(s.items ?? {}, text)]
    case 'object': {
      const out: Record<string, unknown> = {}
      for (const [k, v] of Object.entries((s.properties ?? {}) as Record<string, Json>)) {
        // Files must be the caller's real uploads: a sample leaves them out (or empty).
        if (FILE_FIELD.test(k)) {
          if (v.type === 'array') out[k] = []
          continue
        }
        out[k] = sampleOf(v, text)
      }
      if (s.additionalProperties && typeof s.additionalProperties === 'object' && s.propertyNames) {
        out[sampleString(s.propertyNames, 'key')] = sampleOf(s.additionalProperties, text)
      }
      return out
    }
    default:
      return undefined
  }
}

/** The JSON Schema of a payload schema as the caller sends it. */
export const jsonSchemaOf = (schema: z.ZodMiniType): Json => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json

/** `value` with `text` at `path` (`a.b`, `[]` the first item, `*` the first key). */
export function withTextAt(value: unknown, path: string, text: string): unknown {
  const [head, ...rest] = path.split('.')
  if (head === '[]') {
    const arr = [...(value as unknown[])]
    arr[0] = rest.length ? withTextAt(arr[0], rest.join('.'), text) : text
    return arr
  }
  const obj = { ...(value as Record<string, unknown>) }
  const key = head === '*' ? Object.keys(obj)[0] : head
  obj[key] = rest.length ? withTextAt(obj[key], rest.join('.'), text) : text
  return obj
}
