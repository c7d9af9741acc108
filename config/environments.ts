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

/** Every problem with one environment's entry, in Chinese and English, empty when it is complete. */
export function problemsOf(name: string, raw: unknown): string[] {
  const e = (raw ?? {}) as Partial<Environment>
  const out: string[] = []
  if (!raw) return [`环境 ${name} 不存在 (no environment "${name}" in config/environments.json)`]
  if (!e.appid) out.push(`${name}.appid 缺失`)
  if (!e.cloudEnv) out.push(`${name}.cloudEnv 缺失`)
  if (!['developer', 'trial', 'formal'].includes(String(e.miniprogramState))) out.push(`${name}.miniprogramState 应为 developer / trial / formal`)
  for (const t of TEMPLATE_NAMES) {
    const id = e.templates?.[t]
    if (!id) out.push(`${name}.templates.${t} 缺失（${TEMPLATES[t].title}）`)
    else if (!/^[A-Za-z0-9_-]{20,64}$/.test(id)) out.push(`${name}.templates.${t} 格式不正确：${id}`)
  }
  return out
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
