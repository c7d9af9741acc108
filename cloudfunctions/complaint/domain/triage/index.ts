/**
 * Triage of a complaint's text (issues 14 and 18), the API the use cases call: emergency
 * detection at filing and registration (H1-E), suggestions for customer service at acceptance
 * (G2/H1, H2-S, A4), and facility kinds for weak points (S2). Pure, no I/O.
 */
export { detectEmergency, effectiveRules } from './emergency'
export type { EmergencyContext, EmergencyMatch, EmergencyResult, DiscountedMention } from './emergency'
export { DEFAULT_EMERGENCY_RULES, EMERGENCY_HINTS, emergencyRuleSchema, emergencySettingsSchema } from './rules'
export type { EmergencyRule, EmergencySettings, HintKey } from './rules'
export { suggest, suggestCategory, suggestRefusal } from './suggest'
export type { AboutStaffSuggestion, CategorySuggestion, RefusalSuggestion, StaffSuggestion, SuggestContext, Suggestions } from './suggest'
export { STAFF_ROLES } from './staff-lexicon'
export type { StaffRoleKind } from './staff-lexicon'
export { REFERRAL_BODIES } from './refusal-lexicon'
export type { ReferralBody } from './refusal-lexicon'
export { FACILITY_KINDS, facilityKindOf, facilityLabel } from './facility'
export type { FacilityKind } from './facility'
export { termProblem } from './terms'
export type { Discount } from './text'
