/** The pattern language of triage terms (issue 14: rules the manager extends): safe, predictable, quoting the resident's words. */
import { compileTerm, findTerms, termProblem, termSet } from '@domain/triage/terms'
import { normalizeText } from '@domain/triage/text'

it('given "*", it matches a gap within the sentence but not across a full stop', () => {
  const set = termSet(['电梯*困'])
  expect(findTerms('电梯停了，我们困在里面', set)).toHaveLength(1)
  expect(findTerms('电梯停了。我们困在里面', set)).toHaveLength(0)
})

it('given alternatives in brackets, it matches any of them, and regex characters are literal', () => {
  expect(compileTerm('(煤气|燃气)味').test('一股燃气味')).toBe(true)
  expect(compileTerm('a.b').test('axb')).toBe(false)
  expect(compileTerm('a.b').test('a.b')).toBe(true)
})

it('given overlapping terms, it keeps the longest and reports where the last part starts', () => {
  const [span] = findTerms('电梯：昨天晚上电梯困人', termSet(['电梯*困', '电梯困人']))
  expect(span).toMatchObject({ start: 7, end: 11, term: '电梯困人' })
  const [gap] = findTerms('电梯急停了一下，还好没有困人', termSet(['电梯*困']))
  expect(gap.tail).toBe(12)
})

it.each([
  ['', '不能为空'],
  ['(a|b', '括号不成对'],
  ['((a|b)|c)', '括号不成对或有嵌套'],
  ['a|b', '| 只能写在括号里'],
  ['(a|)', '两个以上词语'],
  ['a*', '不能以 * 开头或结尾'],
])('given the term "%s", it explains the problem in Chinese', (term, message) => {
  expect(termProblem(term)).toContain(message)
})

it('given full-width digits, traditional characters and a typo, normalising keeps the length', () => {
  const t = '電悌１２樓煤汽'
  expect(normalizeText(t)).toBe('电梯12楼煤气')
  expect(normalizeText(t)).toHaveLength(t.length)
})
