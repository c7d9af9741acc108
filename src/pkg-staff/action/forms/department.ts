import { DEPARTMENTS, type DepartmentCode } from '@shared/vocabulary'
import { useSession } from '@/store/session'
import type { FormProps } from './common'

/** The view names the department; forms need its code. */
export function departmentCodeOf(c: FormProps['c']): DepartmentCode | undefined {
  return (Object.keys(DEPARTMENTS) as DepartmentCode[]).find((k) => DEPARTMENTS[k] === c.departmentName)
}

/** The department already set, or the one the office routes this category to (meta.routing). */
export function useDefaultDepartment(c: FormProps['c']): DepartmentCode | undefined {
  const { meta } = useSession()
  return departmentCodeOf(c) ?? meta?.routing?.[c.category]
}
