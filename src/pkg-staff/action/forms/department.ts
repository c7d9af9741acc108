import type { DepartmentCode } from '@shared/vocabulary'
import { useSession } from '@/store/session'
import type { FormProps } from './common'

/** The department already set, or the one the office routes this category to (meta.routing). */
export function useDefaultDepartment(c: FormProps['c']): DepartmentCode | undefined {
  const { meta } = useSession()
  return c.departmentCode ?? meta?.routing?.[c.category]
}
