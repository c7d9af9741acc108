import type { ComplaintView } from '@domain/view'
import AddInfoPanel from './AddInfoPanel'
import WithdrawPanel from './WithdrawPanel'
import type { useResidentActions } from './useResidentActions'

/** The panel the complainant opened (C1 补充信息, C3 撤销投诉), if any. */
export default function ResidentPanels({ c, mine }: { c: ComplaintView; mine: ReturnType<typeof useResidentActions> }) {
  if (mine.panel === 'add_info')
    return (
      <AddInfoPanel
        id={c.id}
        afterResult={c.allowedActions.includes('rate')}
        busy={!!mine.busy}
        onSend={mine.addInfo}
        onCancel={mine.close}
      />
    )
  if (mine.panel === 'withdraw') return <WithdrawPanel id={c.id} busy={!!mine.busy} onSend={mine.withdraw} onCancel={mine.close} />
  return null
}
