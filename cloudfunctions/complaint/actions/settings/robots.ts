/**
 * WeCom group robot keys in settings: secrets, so they are shown masked — enough to recognise, not
 * enough to use — and a masked value saved back keeps the stored key.
 */
import { invalidInput } from '../../domain/errors'
import type { OfficeSettings } from '../../domain/settings'

const MASK = '••••'

/** A robot key as settings show it. */
const maskKey = (k: string) => MASK + k.slice(-4)

/** The configured robots with their keys masked. */
export function maskedRobots(robots: OfficeSettings['wecomRobots']): Record<string, string> {
  return Object.fromEntries(
    Object.entries(robots)
      .filter(([, k]) => !!k)
      .map(([g, k]) => [g, maskKey(k!)]),
  )
}

/**
 * Robot keys after an edit: a masked value keeps the stored key, '' removes it, anything else must look like a key.
 * @throws INVALID_INPUT for a value that is not a webhook key.
 */
export function mergeRobots(
  cur: OfficeSettings['wecomRobots'],
  edit: Record<string, string | undefined> = {},
): OfficeSettings['wecomRobots'] {
  const next: Record<string, string> = { ...(cur as Record<string, string>) }
  for (const [group, value] of Object.entries(edit)) {
    const v = String(value ?? '').trim()
    if (v.startsWith(MASK)) continue
    if (!v) delete next[group]
    else if (!/^[A-Za-z0-9-]{8,80}$/.test(v))
      throw invalidInput('企业微信群机器人的 Webhook key 格式不正确（在群机器人的 Webhook 地址中 key= 之后）')
    else next[group] = v
  }
  return next
}
