/**
 * Environments (local emulator, development, trial, production): AppID, cloud environment id,
 * subscription template ids and `miniprogram_state`. Read by the Taro build (config/index.ts),
 * bundled into the functions and the mini-program, and validated wherever it is read so a
 * missing value fails at start-up or build time with a message naming it.
 */
import environments from './environments.json'
import messages from './messages.json'

export type MiniprogramState = 'developer' | 'trial' | 'formal'
export type TemplateName = keyof typeof messages.templates

export interface Environment {
  name: string
  appid: string
  cloudEnv: string
  miniprogramState: MiniprogramState
  /** Template id per template name (config/messages.json). */
  templates: Record<TemplateName, string>
}

export const TEMPLATE_NAMES = Object.keys(messages.templates) as TemplateName[]
export const TEMPLATES = messages.templates

const STATES: Record<string, MiniprogramState> = { production: 'formal' }

/**
 * Every problem with one environment's entry, in Chinese and English, empty when it is complete.
 * The local emulator accepts placeholder ids; a cloud environment needs values WeChat would accept.
 */
export function problemsOf(name: string, raw: unknown): string[] {
  const e = (raw ?? {}) as Partial<Environment>
  const out: string[] = []
  if (!raw) return [`环境 ${name} 不存在 (no environment "${name}" in config/environments.json)`]
  const cloud = name !== 'local'
  if (!e.appid) out.push(`${name}.appid 缺失`)
  else if (cloud && !/^wx[0-9a-f]{16}$/.test(e.appid))
    out.push(`${name}.appid 应为 wx 加 16 位十六进制字符 (an AppID looks like wx1234567890abcdef): ${e.appid}`)
  if (!e.cloudEnv) out.push(`${name}.cloudEnv 缺失`)
  else if (cloud && !/^[a-z0-9][a-z0-9-]{2,63}$/.test(e.cloudEnv))
    out.push(`${name}.cloudEnv 格式不正确 (a cloud environment id is lowercase letters, digits and -): ${e.cloudEnv}`)
  if (!['developer', 'trial', 'formal'].includes(String(e.miniprogramState)))
    out.push(`${name}.miniprogramState 应为 developer / trial / formal`)
  // Messages from production must open the released version, never a developer's build.
  else if (STATES[name] && e.miniprogramState !== STATES[name]) out.push(`${name}.miniprogramState 应为 ${STATES[name]}`)
  for (const t of TEMPLATE_NAMES) {
    const id = e.templates?.[t]
    if (!id) out.push(`${name}.templates.${t} 缺失（${TEMPLATES[t].title}）`)
    else if (!/^[A-Za-z0-9_-]{20,64}$/.test(id)) out.push(`${name}.templates.${t} 格式不正确：${id}`)
  }
  for (const t of Object.keys(e.templates ?? {})) {
    if (!(t in TEMPLATES)) out.push(`${name}.templates.${t} 不是 config/messages.json 中的模板 (unknown template)`)
  }
  const ids = Object.values(e.templates ?? {}).filter(Boolean)
  if (new Set(ids).size !== ids.length) out.push(`${name}.templates 中有重复的模板 ID (each template needs its own id)`)
  return out
}

/** Marks of the example values this repository ships (docs/DEPLOY.md): a company replaces them. */
const EXAMPLE = /EXAMPLE|^example-|^wx0{16}$/

/**
 * Keys of an entry that still hold the shipped example values, as `name.key` paths to edit in
 * config/environments.json; empty when every value is the company's own.
 */
export function examplesIn(name: string, raw: unknown): string[] {
  const e = (raw ?? {}) as Partial<Environment>
  const keys = (['appid', 'cloudEnv'] as const).filter((k) => EXAMPLE.test(String(e[k] ?? ''))).map((k) => `${name}.${k}`)
  for (const [t, id] of Object.entries(e.templates ?? {})) if (EXAMPLE.test(String(id))) keys.push(`${name}.templates.${t}`)
  return keys
}

/**
 * The named environment, validated.
 * @throws Error listing every missing or malformed value.
 */
export function resolveEnvironment(name: string, _opts: { target?: string } = {}): Environment {
  const raw = (environments as Record<string, unknown>)[name]
  const problems = problemsOf(name, raw)
  if (problems.length) throw new Error(`config/environments.json: ${problems.join('; ')}`)
  return { ...(raw as Omit<Environment, 'name'>), name }
}
