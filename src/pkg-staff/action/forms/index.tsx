import type { ComponentType } from 'react'
import type { ActionName } from '@domain/validation'
import type { FormProps } from './common'
import { AcceptForm, RefuseForm } from './intake'
import { AssignForm, DispatchForm, TransferForm } from './routing'
import { ConfirmForm } from './confirm'
import { GiveResultForm, NoteForm, SetModeForm } from './handling'
import { SubmitPlanForm } from './plan'
import { ExtensionForm } from './extension'
import { DecisionForm } from './decision'
import { ReturnVisitForm } from './visit'
import { ClearEmergencyForm } from './emergency'
import { AllegationForm } from './allegation'
import { HotlineReplyForm, HotlineSatisfactionForm } from './hotline'

/** One form per action that needs input; the page around it is the same for all. */
export const FORMS: Partial<Record<ActionName, ComponentType<FormProps>>> = {
  confirm: ConfirmForm,
  accept: AcceptForm,
  refuse: RefuseForm,
  dispatch: DispatchForm,
  transfer: TransferForm,
  assign: AssignForm,
  add_note: NoteForm,
  record_statement: (p) => <NoteForm {...p} statement />,
  set_mode: SetModeForm,
  submit_plan: SubmitPlanForm,
  request_extension: ExtensionForm,
  approve_plan: (p) => <DecisionForm {...p} kind='approve_plan' />,
  return_plan: (p) => <DecisionForm {...p} kind='return_plan' />,
  approve_extension: (p) => <DecisionForm {...p} kind='approve_extension' />,
  reject_extension: (p) => <DecisionForm {...p} kind='reject_extension' />,
  give_result: GiveResultForm,
  record_return_visit: ReturnVisitForm,
  final_reply: (p) => <DecisionForm {...p} kind='final_reply' />,
  clear_emergency: ClearEmergencyForm,
  summarise_allegation: AllegationForm,
  hotline_reply: HotlineReplyForm,
  hotline_satisfaction: HotlineSatisfactionForm,
}
