import type { NewEstate } from '@/services/estates'

/** What each field of the new-estate form says is wrong (absent: nothing). */
export type EstateErrors = Partial<Record<keyof NewEstate, string>>

/** An estate code as the server takes it (domain/estate.ts ESTATE_CODE, stored lower-case): what its QR code's scene carries (`e=<code>`). */
const CODE = /^[A-Za-z0-9]{3,12}$/

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
  else if (!CODE.test(code)) errors.code = '小区编号应为 3–12 位字母或数字'
  if (!name) errors.name = '请填写小区名称'
  else if (name.length > 30) errors.name = '小区名称不超过 30 个字'
  if (!address) errors.address = '请填写小区地址'
  else if (address.length > 100) errors.address = '小区地址不超过 100 个字'
  return errors
}
