import Taro from '@tarojs/taro'
import PageShell from '@/components/PageShell'
import { toastOnReturn } from '@/utils/ui'
import EstateForm from './EstateForm'
import '../company.scss'

/** Issue 16: a new estate (company administrator); once created, its page opens for the QR code and the first manager's invite. */
export default function NewEstatePage() {
  return (
    <PageShell className='company-page new-estate-page'>
      <EstateForm
        onCreated={(e) => {
          toastOnReturn(`已创建${e.name}`)
          Taro.redirectTo({ url: `/pkg-company/estate/index?code=${encodeURIComponent(e.code)}` })
        }}
      />
    </PageShell>
  )
}
