/**
 * The complaint as one viewer may see it on the registration form (G3-P5): the form's only input,
 * so the form itself never decides what a viewer may know. The caller's policy says how much of
 * the complainant the viewer may see; this projection applies it everywhere the complainant
 * appears (their details, their name on the timeline, their confirmation and signature). Pure.
 */
import type { Complaint, ComplaintEvent, Confirmation, PersonRef } from './model'
import { maskName, maskPhone, relationsOf, type Actor } from './policy'

/**
 * How much of the complainant a viewer may see (G3-P5): `full` (staff who need it; the caller
 * logs it), `masked` (王*, 138****1111), or `hidden` (the staff member the complaint is about).
 */
export type ContactDisclosure = 'full' | 'masked' | 'hidden'

/** The complainant as the viewer may see them. */
export interface SeenComplainant {
  name: string
  room: string
  phone: string
  /** Whether they use the mini-program (their OPENID itself is never shown). */
  usesMiniProgram: boolean
}

/** The confirmation as the viewer may see it: whether it was signed, and the signature only for those who may see it. */
export interface SeenConfirmation extends Omit<Confirmation, 'signatureFile'> {
  signed: boolean
  signatureFile?: string
}

/** What the registration form is built from (registration-form.ts). */
export interface FormView {
  disclosure: ContactDisclosure
  complaint: Omit<Complaint, 'complainant' | 'confirmation'> & {
    /** null when the viewer may not know who complained. */
    complainant: SeenComplainant | null
    confirmation: SeenConfirmation
  }
  /** Every event, oldest first, residents named as the viewer may see them. */
  events: ComplaintEvent[]
  /** The number of the complaint this one repeats (A4-R4), when staff linked one. */
  repeatOfNo?: string
}

/**
 * How much of the complainant `actor` may see on the form (G3-P5): nothing when the complaint is
 * about them; in full when `full` (the use case's rule: a need to know, or the manager's export);
 * masked otherwise.
 */
export function disclosureFor(c: Complaint, actor: Actor, full: boolean): ContactDisclosure {
  if (relationsOf(c, actor).has('subject')) return 'hidden'
  return full ? 'full' : 'masked'
}

/** What the staff member complained about sees in place of the complainant's name. */
export const HIDDEN_COMPLAINANT = '投诉人'

/** A person as the viewer may see them: residents' names masked or hidden unless `full`. */
function seenPerson<P extends PersonRef | undefined>(p: P, disclosure: ContactDisclosure): P {
  if (!p || p.role !== 'resident' || disclosure === 'full') return p
  return { ...p, openid: '', name: disclosure === 'hidden' ? HIDDEN_COMPLAINANT : maskName(p.name) }
}

function seenComplainant(c: Complaint, disclosure: ContactDisclosure): SeenComplainant | null {
  if (disclosure === 'hidden') return null
  const { name, room, phone, openid } = c.complainant
  const full = disclosure === 'full'
  return { name: full ? name : maskName(name), room, phone: full ? phone : maskPhone(phone), usesMiniProgram: !!openid }
}

/**
 * Projects a stored complaint and its events for a viewer with the given disclosure.
 * Takes the complaint, its events (oldest first) and the number of the complaint it repeats;
 * returns the FormView. Hidden: no complainant, no first-contact owner and no signature image
 * (as on the complaint view), and residents appear as 投诉人.
 */
export function formView(c: Complaint, events: ComplaintEvent[], disclosure: ContactDisclosure, repeatOfNo?: string): FormView {
  const hidden = disclosure === 'hidden'
  const { signatureFile, ...confirmation } = c.confirmation
  return {
    disclosure,
    complaint: {
      ...c,
      complainant: seenComplainant(c, disclosure),
      firstContact: hidden ? undefined : c.firstContact,
      confirmation: {
        ...confirmation,
        by: seenPerson(confirmation.by, disclosure),
        signed: !!signatureFile,
        signatureFile: hidden ? undefined : signatureFile,
      },
    },
    events: events.map((e) => ({ ...e, actor: seenPerson(e.actor, disclosure) })),
    repeatOfNo,
  }
}
