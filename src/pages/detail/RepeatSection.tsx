import type { ComplaintView } from '@domain/view'
import RepeatHint from '@/components/RepeatHint'
import { useLoad } from '@/hooks/useLoad'
import { repeatCandidates } from '@/services/complaint'

/**
 * A4-R4 where customer service decides: while the complaint waits for acceptance and the server
 * lets this caller accept or refuse it, the earlier complaints it may repeat. A failed lookup only
 * hides the hint; it never blocks the page.
 */
export default function RepeatSection({ c }: { c: ComplaintView }) {
  const decides = c.status === 'submitted' && (c.allowedActions.includes('accept') || c.allowedActions.includes('refuse'))
  const { data } = useLoad(() => repeatCandidates(c.id), [c.id, decides], { skip: !decides })
  if (!decides || !data?.length) return null
  return <RepeatHint items={data} className='section-repeat' />
}
