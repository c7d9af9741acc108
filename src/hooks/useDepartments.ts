import { useMemo } from 'react'
import { activeDepartments, departmentName, departmentNames, listedDepartments, type Department } from '@shared/departments'
import type { DepartmentCode } from '@shared/vocabulary'
import type { ChipOption } from '@/components/form/ChipSelect'
import { useSession } from '@/store/session'

/** The office's departments as its settings hold them (meta.get), read the ways screens need them. */
export interface Departments {
  /** Listed in settings (active or not), in their order: filters, staff lists, robots. */
  listed: Department[]
  /** Taking new work: the choices for dispatch, transfer, coordination and invites. */
  active: Department[]
  /** Names by code, removed departments included (history names them). */
  names: Record<DepartmentCode, string>
  /** The name of a code (the code itself if settings do not know it, '' for none). */
  nameOf: (code: DepartmentCode | null | undefined) => string
}

/** Departments as `departments` (settings) hold them; empty until they are known. */
export function departmentsOf(departments: readonly Department[] | undefined): Departments {
  const all = departments ?? []
  return {
    listed: listedDepartments(all),
    active: activeDepartments(all),
    names: departmentNames(all),
    nameOf: (code) => departmentName(all, code),
  }
}

/** Chips of departments, in their order. */
export function departmentOptions(list: readonly Department[]): ChipOption[] {
  return list.map((d) => ({ value: d.code, label: d.name }))
}

/** The office's departments from the session's meta.get (settings decide them; no department is a constant of the app). */
export function useDepartments(): Departments {
  const { meta } = useSession()
  return useMemo(() => departmentsOf(meta?.departments), [meta?.departments])
}
