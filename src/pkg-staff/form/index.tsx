import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import { useLoad } from '@/hooks/useLoad'
import { useExport } from '@/hooks/useExport'
import { getRegistrationForm } from '@/services/complaint'
import { exportForm } from '@/services/report'
import { canPrint, printPage } from '@/platform/print'
import { useSession } from '@/store/session'
import Sheet from './Sheet'
import './index.scss'

/** 打印 where the platform can print; 导出 Excel for the manager and supervisors (the report function decides who may export). */
function Toolbar({ id, mayExport }: { id: string; mayExport: boolean }) {
  const exporter = useExport()
  if (!canPrint && !mayExport) return null
  return (
    <View className='bottom-bar form-toolbar'>
      {canPrint && (
        <Button className='form-print' type='primary' fill={mayExport ? 'outline' : 'solid'} onClick={printPage}>
          打印
        </Button>
      )}
      {mayExport && (
        <Button
          className='form-export'
          type='primary'
          loading={exporter.busy}
          disabled={exporter.busy}
          onClick={() => exporter.run(() => exportForm(id))}
        >
          导出 Excel
        </Button>
      )}
    </View>
  )
}

/**
 * The registration form of one complaint (物业后勤服务投诉登记表, A2/V2) as a clean A4-like record,
 * as the function defines it (the same definition the .xlsx export renders).
 */
export default function FormPage() {
  const { params } = useRouter()
  const id = String(params.id ?? '')
  const { me } = useSession()
  const { data: form, error, loading, reload } = useLoad(() => getRegistrationForm(id), [id])
  const role = me?.user?.role

  if (!form) {
    return (
      <PageShell>
        <StateView loading={loading} error={error ?? (loading ? undefined : '登记表不存在或您无权查看')} onRetry={() => reload()} />
      </PageShell>
    )
  }
  return (
    <PageShell withBar className='form-page'>
      <Sheet form={form} />
      <Toolbar id={id} mayExport={role === 'manager' || role === 'supervisor'} />
    </PageShell>
  )
}
