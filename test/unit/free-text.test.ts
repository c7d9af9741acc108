/**
 * Issue 15: the free-text fields of every payload schema are read from the schema itself
 * (domain/free-text.ts). Here they are found a second, independent way — from each schema's JSON
 * Schema — and the two must agree, so no schema (including one added later) has a string field
 * the content check would skip without a stated reason.
 */
import {
  FILE_FIELD,
  IDENTIFIER_FIELD,
  SECRET_FIELD,
  fileIdsIn,
  freeTextFields,
  freeTexts,
} from '../../cloudfunctions/complaint/domain/free-text'
import { schemas } from '../../cloudfunctions/complaint/domain/validation'
import { allSchemas, jsonSchemaOf } from '../helpers/schemas'

type Json = { [k: string]: any }

/** String fields of a JSON Schema that are free text: no pattern, enum or constant, not named as an identifier, file or secret. */
function jsonFreeText(s: Json, path: string[] = []): string[] {
  if (s.anyOf || s.oneOf) return [...new Set((s.anyOf ?? s.oneOf).flatMap((o: Json) => jsonFreeText(o, path)))] as string[]
  const field = [...path].reverse().find((p) => p !== '[]' && p !== '*') ?? ''
  // A field taking a string or a number (a spreadsheet cell typed either way) is a string field too.
  if (s.type === 'string' || (Array.isArray(s.type) && s.type.includes('string'))) {
    if (s.pattern || s.enum || s.const !== undefined || s.format) return []
    return IDENTIFIER_FIELD.test(field) || FILE_FIELD.test(field) ? [] : [path.join('.')]
  }
  if (s.type === 'array') return jsonFreeText(s.items ?? {}, [...path, '[]'])
  if (s.type !== 'object') return []
  const props = Object.entries((s.properties ?? {}) as Record<string, Json>)
    .filter(([k]) => !SECRET_FIELD.test(k))
    .flatMap(([k, v]) => jsonFreeText(v, [...path, k]))
  const rec =
    s.additionalProperties && typeof s.additionalProperties === 'object' ? jsonFreeText(s.additionalProperties, [...path, '*']) : []
  return [...props, ...rec]
}

const found = allSchemas()
/** A photo as the mini-program names its uploads (shared/uploads.ts). */
const PHOTO = 'cloud://local-env.bucket/complaints/0123456789abcdef01234567/20261130/abcdefgh.jpg'

it('finds the payload schemas of both functions, each transition one by one', () => {
  const names = found.map((s) => s.name)
  for (const action of Object.keys(schemas)) expect(names).toContain(`cloudfunctions/complaint/domain/validation:schemas.${action}`)
  expect(names).toEqual(
    expect.arrayContaining([
      'cloudfunctions/complaint/domain/validation:profileSchema',
      'cloudfunctions/complaint/domain/validation:inviteSchema',
      'cloudfunctions/complaint/actions/settings/schema:settingsSchema',
      'cloudfunctions/report/domain/improvement:createSchema',
      'cloudfunctions/report/domain/improvement:updateSchema',
    ]),
  )
})

it.each(found.map((s) => [s.name, s.schema] as const))(
  'given %s, every string field the content check skips has a reason (identifier, file, format or secret)',
  (_name, schema) => {
    expect(new Set(freeTextFields(schema))).toEqual(new Set(jsonFreeText(jsonSchemaOf(schema))))
  },
)

it('given the filing payload, it checks place, description and who was involved, and queues the photos as files', () => {
  const value = schemas.submit.parse({
    category: 'cleaning',
    location: '3栋大堂',
    description: '地面很脏',
    involved: '保洁员',
    photos: [PHOTO],
  })
  expect(freeTexts(schemas.submit, value)).toEqual([
    { path: 'location', text: '3栋大堂' },
    { path: 'description', text: '地面很脏' },
    { path: 'involved', text: '保洁员' },
  ])
  expect(fileIdsIn(value)).toEqual([PHOTO])
})

it('given a plan, it checks its owner and every step (once left unchecked: the fields were listed by name)', () => {
  const value = schemas.submit_plan.parse({ id: 'c1', owner: '张洁', steps: ['清理排水沟', '加装落叶网'], deadline: '2026-12-04' })
  expect(freeTexts(schemas.submit_plan, value).map((f) => f.text)).toEqual(['张洁', '清理排水沟', '加装落叶网'])
})

it('given a registration, it checks the complainant name and an on-the-spot result but never the phone or an OPENID', () => {
  const value = schemas.register.parse({
    category: 'security',
    location: '小区大门',
    description: '门岗态度差',
    channel: 'phone',
    complainant: { name: '赵六', room: '2栋1单元301', phone: '13800001111', openid: 'o-abc' },
    resolvedOnSpot: { summary: '已当面道歉', mode: 'explanation' },
  })
  const texts = freeTexts(schemas.register, value).map((f) => f.path)
  expect(texts).toEqual(expect.arrayContaining(['complainant.name', 'complainant.room', 'resolvedOnSpot.summary']))
  expect(texts).not.toContain('complainant.phone')
  expect(texts).not.toContain('complainant.openid')
})
