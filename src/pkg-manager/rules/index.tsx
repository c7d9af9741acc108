import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import BuiltInRules from './BuiltInRules'
import CustomRules from './CustomRules'
import { useRules } from './useRules'
import '@/components/form/form.scss'

/**
 * The emergency rules (issue 14, H1-E, manager): the built-in list, each on or off with the
 * office's extra terms, and the office's own rules. Complaints are read with them when filed and
 * registered; a detected emergency is alerted at once and customer service confirms or clears it.
 */
export default function RulesPage() {
  const r = useRules()
  if (!r.rules)
    return (
      <PageShell>
        <StateView loading={r.loading || !r.error} error={r.error} onRetry={() => r.reload()} />
      </PageShell>
    )
  return (
    <PageShell withBar className='rules-page'>
      <BuiltInRules builtIn={r.builtIn} rules={r.rules} onToggle={r.toggle} onTerms={r.setTerms} />
      <CustomRules rules={r.rules} onAdd={r.addCustom} onRemove={r.removeCustom} />
      <View className='bottom-bar'>
        <Button className='rules-save' type='primary' block loading={r.busy} disabled={r.busy} onClick={r.save}>
          保存规则
        </Button>
      </View>
    </PageShell>
  )
}
