/**
 * Emergency alerts (issue 14, docs/API.md): the open emergencies and the alert channels' health
 * for the red banner and the settings page, and a staff member's WeCom binding.
 */
import { call } from './api'
import type { UserView } from './types'
import type { ChannelHealth } from '@domain/alert-health'

export type { ChannelHealth }

/** An emergency nobody has acknowledged yet. */
export interface OpenAlert {
  id: string
  no: string
  categoryLabel: string
  location: string
  departmentName?: string
  raisedAt: number
  step: number
  stepLabel: string
}

export interface AlertStatusData {
  open: OpenAlert[]
  /** No channel without per-message consent can reach anybody. */
  silent: boolean
  channels: ChannelHealth[]
  problems: string[]
}

/** The banner's data (manager and customer service); `live` asks the alert function now (the settings page). */
export function getAlertStatus(live = false): Promise<AlertStatusData> {
  return call('alerts.status', { live })
}

/** Binds (or with '' unbinds) the caller's WeCom account, where emergency alerts reach them. */
export function bindWecom(wecomUserId: string): Promise<UserView> {
  return call('me.bindWecom', { wecomUserId })
}
