/** Looking people up: staff to assign, residents of a room to register for. */
import { call } from './api'
import type { UserView } from './types'

/** Staff, optionally of one department (for assigning a handler). */
export function listStaff(departmentCode?: string): Promise<UserView[]> {
  return call('staff.list', departmentCode ? { departmentCode } : {})
}

/** Residents registered in a room (for registering a complaint on their behalf). */
export function findResidents(room: string): Promise<UserView[]> {
  return call('residents.find', { room })
}
