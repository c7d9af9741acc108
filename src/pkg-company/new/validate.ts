import type { NewEstate } from '@/services/estates'

/** What each field of the new-estate form says is wrong (absent: nothing). */
export type EstateErrors = Partial<Record<keyof NewEstate, string>>

/** An estate code: what its QR code's scene carries (`e=<code>`, at most 32 characters in all). */
const CODE = /^[A-Za-z0-9_-]{2,20}$/

/**
 * Checks the new-estate form before it is sent, in the words the page shows under each field. The
 * server checks again and has the last word (a code already taken: 小区编号已存在).
 */
export function validateEstate(input: NewEstate): EstateErrors {
  const errors: EstateErrors = {}
  const code = input.code.trim()
  const name = input.name.trim()
  const address = input.address.trim()
  if (!code) errors.code = '请填写小区编号'
  else if (!CODE.test(code)) errors.code = '小区编号为 2–20 位字母、数字、“-”或“_”'
  if (!name) errors.name = '请填写小区名称'
  else if (name.length > 30) errors.name = '小区名称不超过 30 个字'
  if (!address) errors.address = '请填写小区地址'
  else if (address.length > 100) errors.address = '小区地址不超过 100 个字'
  return errors
}
