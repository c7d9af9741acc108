/**
 * The effect of each transition in lifecycle.ts, by phase of the procedure: which state follows,
 * which fields change, what the event records and who is told. Pure functions of (complaint,
 * validated input, context).
 */
export { submit, register, confirm } from './intake'
export { accept, refuse, dispatch, transfer } from './acceptance'
export { take, assign, addNote, recordStatement, setMode, giveResult } from './handling'
export { submitPlan, approvePlan, returnPlan, requestExtension, approveExtension, rejectExtension } from './plans'
export { rate, recordReturnVisit, finalReply, markReturnVisitDue, closeNoResponse } from './feedback'
export { warnDue, warnDeadline, escalationDue, escalate } from './supervision'
export { notOnChain, acknowledgeEmergency, confirmEmergency, clearEmergency, emergencyEscalationDue, escalateEmergency } from './emergency'
export { addInfo, urge, urgeUnavailable, withdraw } from './resident'
export { summariseAllegation } from './allegation'
export { hotlineReply, hotlineSatisfaction } from './hotline'
export { shareResult } from './matter'
