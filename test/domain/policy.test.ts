/** Relations and confidentiality (G3-P4, G3-P5): who somebody is to a complaint, what they may open and reveal, masking. */
import {
  canView,
  isCustomerService,
  isStaff,
  maskName,
  maskPhone,
  mayRevealContact,
  maySearchByPerson,
  relationsOf,
} from '../../cloudfunctions/complaint/domain/policy'
import { CAST, complaint, PEOPLE, type CastName } from './fixtures'

const relations = (n: CastName, c = complaint()) => [...relationsOf(c, CAST[n])].sort()

describe('relationsOf: who somebody is to a complaint', () => {
  it.each([
    ['complainant', ['complainant']],
    ['otherResident', []],
    ['agent', ['customer_service']],
    ['csSupervisor', ['customer_service']],
    ['assignee', ['assignee', 'department_member']],
    ['colleague', ['department_member']],
    ['supervisor', ['department_supervisor']],
    ['firstContact', ['first_contact']],
    ['outsider', []],
    ['otherSupervisor', []],
    ['manager', ['manager']],
    ['system', ['system']],
  ] as [CastName, string[]][])('given the complaint dispatched to cleaning and assigned, %s is %j', (n, expected) => {
    expect(relations(n)).toEqual(expected)
  })

  it('G3-P5, H2-S: given a complaint about a staff member, they are only its subject — not assignee, not department', () => {
    const aboutAssignee = complaint({ subjectStaff: { name: '张洁', openid: CAST.assignee.openid } })
    expect(relations('assignee', aboutAssignee)).toEqual(['subject'])
    expect(relations('colleague', aboutAssignee)).toEqual(['department_member'])
  })

  it('G3-P5: a subject named without an openid protects nobody by mistake', () => {
    expect(relations('assignee', complaint({ subjectStaff: { name: '某保洁员' } }))).toEqual(['assignee', 'department_member'])
  })

  it('before dispatch a department has no relation; the first-contact owner (G3-P4) and customer service do', () => {
    const c = complaint({ status: 'submitted', departmentCode: undefined, assignee: undefined })
    expect(relations('colleague', c)).toEqual([])
    expect(relations('firstContact', c)).toEqual(['first_contact'])
    expect(relations('agent', c)).toEqual(['customer_service'])
  })

  it('given a registration that names no WeChat user, no resident is its complainant', () => {
    expect(relations('complainant', complaint({ complainant: { name: '王丽', room: '', phone: '' } }))).toEqual([])
  })
})

describe('canView and mayRevealContact (G3-P5)', () => {
  it('lets exactly the people with a relation open the complaint', () => {
    const viewers = PEOPLE.filter((n) => canView(complaint(), CAST[n]))
    expect(viewers).toEqual(['complainant', 'agent', 'csSupervisor', 'assignee', 'colleague', 'supervisor', 'firstContact', 'manager'])
  })

  it('reveals the complainant’s contact to customer service, the assignee, the supervisor, the first-contact owner and the manager — not to a colleague or the complainant’s neighbour', () => {
    const revealers = PEOPLE.filter((n) => mayRevealContact(complaint(), CAST[n]))
    expect(revealers).toEqual(['agent', 'csSupervisor', 'assignee', 'supervisor', 'firstContact', 'manager'])
  })

  it('never reveals the complainant to the staff member the complaint is about, even as the manager', () => {
    const aboutManager = complaint({ subjectStaff: { name: '周经理', openid: CAST.manager.openid } })
    expect(mayRevealContact(aboutManager, CAST.manager)).toBe(false)
    expect(canView(aboutManager, CAST.manager)).toBe(true)
  })

  it('lets customer service and the manager search by complainant name and room, and nobody else', () => {
    expect(PEOPLE.filter((n) => maySearchByPerson(CAST[n]))).toEqual(['agent', 'csSupervisor', 'manager'])
  })
})

describe('roles', () => {
  it('H1: customer service is the agents and the customer service center’s supervisors', () => {
    expect(PEOPLE.filter((n) => isCustomerService(CAST[n]))).toEqual(['agent', 'csSupervisor'])
  })

  it('staff are every role but residents, and not the timer', () => {
    expect(PEOPLE.filter((n) => !isStaff(CAST[n]))).toEqual(['complainant', 'otherResident'])
    expect(isStaff(CAST.system)).toBe(false)
  })
})

describe('masking (G3-P5)', () => {
  it('shows a mobile number’s first 3 and last 4 digits, a short one only its last 2', () => {
    expect(maskPhone('13800001111')).toBe('138****1111')
    expect(maskPhone('0105')).toBe('**05')
    expect(maskPhone('')).toBe('')
  })

  it('keeps the family name and hides the rest, character by character (not byte by byte)', () => {
    expect(maskName('王丽')).toBe('王*')
    expect(maskName('欧阳娜娜')).toBe('欧***')
    expect(maskName('𠮷野家')).toBe('𠮷**')
    expect(maskName('王')).toBe('王')
  })
})
