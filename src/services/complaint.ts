/** Complaint actions of the `complaint` function (docs/API.md), one function each. */
import { call } from './api'
import type { ActionName, ComplaintSummary, ComplaintView, ListScope, Page } from './types'
import type { InputOf } from '@domain/validation'
import type { RegistrationForm } from '@domain/registration-form'

type WithoutId<T> = Omit<T, 'id'>

/** Input of `complaint.submit`, as the form fills it (defaults may be left out). */
export type SubmitInput = Partial<InputOf<'submit'>> &
  Pick<InputOf<'submit'>, 'category' | 'location' | 'description'> & {
    /** C3: a withdrawn complaint of the resident's that this one takes up. */
    refersTo?: string
    /** C5: the place code of the QR code the resident scanned. */
    placeCode?: string
  }

/** Input of `complaint.register`; the server applies the schema's defaults. */
export type RegisterInput = Partial<InputOf<'register'>> &
  Pick<InputOf<'register'>, 'category' | 'location' | 'description' | 'channel' | 'complainant'>

/** A resident files a complaint themself. */
export function submitComplaint(input: SubmitInput): Promise<ComplaintView> {
  return call('complaint.submit', input)
}

/** Staff register a complaint that came in another channel, on the complainant's behalf (A1). */
export function registerComplaint(input: RegisterInput): Promise<ComplaintView> {
  return call('complaint.register', input)
}

export interface ListQuery {
  scope: ListScope
  status?: string
  q?: string
  category?: string
  page?: number
  pageSize?: number
}

/** One page of complaints in a scope, sorted by the server. */
export function listComplaints(query: ListQuery): Promise<Page<ComplaintSummary>> {
  return call('complaint.list', query)
}

/** The full record with the caller's allowed and blocked actions. */
export function getComplaint(id: string): Promise<ComplaintView> {
  return call('complaint.get', { id })
}

/** Takes one transition of the lifecycle. @returns the complaint after the change. */
export function act<A extends ActionName>(id: string, action: A, input: Partial<WithoutId<InputOf<A>>> = {}): Promise<ComplaintView> {
  return call('complaint.act', { ...input, id, action })
}

/** The complainant's full contact details; the server logs every such view (G3-P5). */
export function revealContact(id: string): Promise<{ name: string; room: string; phone: string }> {
  return call('complaint.revealContact', { id })
}

/** An earlier complaint this one may repeat, with its answer and why the server thinks so. */
export interface RepeatCandidate extends ComplaintSummary {
  /** The earlier complaint's result as the complainant was told it. */
  resultSummary?: string
  /** Whether every condition for refusing as a repeat seems to hold (staff still decide). */
  proposeRefusal: boolean
  reason: string
}

/** Earlier complaints this one may repeat (A4-R4 hint for customer service). */
export function repeatCandidates(id: string): Promise<RepeatCandidate[]> {
  return call('complaint.repeatCandidates', { id })
}

/** The registration form (登记表, V2) as the function defines it, photo and signature as URLs. */
export type { RegistrationForm }

/** The registration form of one complaint (staff); full contact details are logged by the server (G3-P5). */
export function getRegistrationForm(id: string): Promise<RegistrationForm> {
  return call('complaint.form', { id })
}
