import { formatField, fieldType, STATUS_PHRASES } from '../../cloudfunctions/complaint/domain/message-fields'
import { ruleViolation } from '../../emulator/recorder'

/** Every value the formatter produces must pass the emulator's independent rule check. */
const valid = (key: string, v: string | number) => {
  const out = formatField(key, v)
  expect(ruleViolation(key, out)).toBeNull()
  return out
}

describe('subscription-message value rules (MESSAGES.md), one per keyword type', () => {
  it('reads the type from the key prefix', () => {
    expect(fieldType('thing12')).toBe('thing')
    expect(fieldType('character_string2')).toBe('character_string')
    expect(() => fieldType('colour3')).toThrow('unknown keyword type')
  })

  it('thing: at most 20 characters, shortened with …, newlines and emoji removed, never empty', () => {
    expect(valid('thing2', '地下车库入口卷帘门卡住无法升起，多辆车出不去')).toBe('地下车库入口卷帘门卡住无法升起，多辆车…')
    expect(Array.from(valid('thing2', '地下车库入口卷帘门卡住无法升起，多辆车出不去'))).toHaveLength(20)
    expect(valid('thing5', '电梯\n坏了😡')).toBe('电梯 坏了')
    expect(valid('thing5', '')).toBe('无')
  })

  it('phrase: only the fixed status words, each at most 5 Chinese characters', () => {
    for (const p of STATUS_PHRASES) expect(valid('phrase3', p)).toBe(p)
    expect(() => formatField('phrase3', '正在处理中呢')).toThrow('phrase')
    expect(() => formatField('phrase3', 'done')).toThrow('phrase')
  })

  it('character_string: at most 32 letters, digits or symbols, no Chinese', () => {
    expect(valid('character_string1', 'TS20261129-0007')).toBe('TS20261129-0007')
    expect(() => formatField('character_string1', '投诉TS1')).toThrow('character_string')
    expect(() => formatField('character_string1', 'X'.repeat(33))).toThrow('character_string')
  })

  it('time and date: fixed formats in Asia/Shanghai from a UTC instant', () => {
    const t = Date.parse('2026-11-30T09:05:00Z') // 17:05 in Shanghai
    expect(valid('time4', t)).toBe('2026年11月30日 17:05')
    expect(valid('date3', Date.parse('2026-11-30T17:00:00Z'))).toBe('2026年12月1日')
  })

  it('number, letter, symbol, amount, phone_number, car_number and name keep to their rules', () => {
    expect(valid('number1', '1024.5')).toBe('1024.5')
    expect(() => formatField('number1', '12a')).toThrow()
    expect(valid('letter1', 'ABC')).toBe('ABC')
    expect(() => formatField('letter1', 'A1')).toThrow()
    expect(valid('symbol1', '★')).toBe('★')
    expect(valid('amount1', '¥100.50')).toBe('¥100.50')
    expect(valid('phone_number1', '+86-0766-66888866')).toBe('+86-0766-66888866')
    expect(() => formatField('phone_number1', '电话13800001111')).toThrow()
    expect(valid('car_number1', '粤A12345')).toBe('粤A12345')
    expect(valid('name1', '欧阳建国先生的家人们')).toBe('欧阳建国先生的家人们')
    expect(Array.from(valid('name1', '欧阳建国先生的家人们和朋友'))).toHaveLength(10)
  })

  it('the emulator refuses what breaks a rule, so a formatter bug would show as 47003', () => {
    expect(ruleViolation('thing1', 'x'.repeat(21))).toMatch('thing')
    expect(ruleViolation('phrase1', '处理中了吗啊')).toMatch('phrase')
    expect(ruleViolation('character_string1', '编号1')).toMatch('character_string')
    expect(ruleViolation('time1', '明天下午')).toMatch('time')
    expect(ruleViolation('thing1', '')).toMatch('empty')
  })
})
