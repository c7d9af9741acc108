import { problemsOf, resolveEnvironment, TEMPLATE_NAMES } from '../../config/environments'

describe('environment configuration (config/environments.json)', () => {
  it('the local environment is complete: every template of config/messages.json has an id', () => {
    const env = resolveEnvironment('local')
    expect(Object.keys(env.templates).sort()).toEqual([...TEMPLATE_NAMES].sort())
  })

  it('a missing template id fails at start-up with a message naming it', () => {
    const local = resolveEnvironment('local')
    const { staff_task: _gone, ...templates } = local.templates
    expect(problemsOf('local', { ...local, templates })).toEqual([
      expect.stringContaining('local.templates.staff_task 缺失（工单处理提醒）'),
    ])
    expect(() => resolveEnvironment('nowhere')).toThrow('no environment "nowhere"')
  })

  it('a miniprogram_state outside developer / trial / formal is refused', () => {
    expect(problemsOf('local', { ...resolveEnvironment('local'), miniprogramState: 'beta' })).toEqual([
      expect.stringContaining('miniprogramState'),
    ])
  })
})
