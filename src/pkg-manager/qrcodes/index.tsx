import { View, Text, Image } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import PageShell from '@/components/PageShell'
import StateView from '@/components/StateView'
import FilterTabs from '@/components/FilterTabs'
import { canPrint, printPage } from '@/platform/print'
import { useSheet } from './useSheet'
import './index.scss'
import { altText } from '@/utils/a11y'

/**
 * The sheet of QR codes for filing from a place (C5): one section at a time — a building with its
 * units, or the public areas — each code with its place name under it. H5 prints it (or saves it
 * as PDF from the print dialog); on WeChat each code is an image to preview and save.
 */
export default function QrCodes() {
  const s = useSheet()
  if (!s.sheet)
    return (
      <PageShell>
        <StateView loading={s.loading} error={s.error} onRetry={() => s.reload()} />
      </PageShell>
    )
  const urls = s.codes.map((c) => s.images[c.scene]).filter(Boolean)
  return (
    <PageShell className='qrcodes-page'>
      <View className='qrcodes-controls'>
        <FilterTabs
          className='qrcodes-groups'
          tabs={s.groups.map(([value, title]) => ({ value, title }))}
          value={s.group}
          onChange={s.setGroup}
        />
        <View className='hint'>
          扫码即打开“我要投诉”并填好地点。
          {canPrint ? '可直接打印，或在打印窗口中选择“另存为 PDF”。' : '点击二维码可预览，长按保存图片后打印。'}
        </View>
        {canPrint && (
          <Button className='qrcodes-print' type='primary' size='small' disabled={s.making} onClick={printPage}>
            打印 / 存为 PDF
          </Button>
        )}
      </View>
      {s.problem && <View className='notice notice--warning'>{s.problem}</View>}
      <View className='qrcodes-sheet'>
        <View className='qrcodes-sheet__title'>{s.sheet.officeName} · 扫码投诉</View>
        <View className='qrcodes-grid'>
          {s.codes.map((c) => (
            <View key={c.scene} className={`qrcode-card qrcode-${c.scene}`} data-scene={c.scene}>
              {s.images[c.scene] ? (
                <Image
                  className='qrcode-card__img'
                  {...altText(`${c.place} 扫码投诉二维码`)}
                  src={s.images[c.scene]}
                  mode='aspectFit'
                  onClick={() => Taro.previewImage({ urls, current: s.images[c.scene] })}
                />
              ) : (
                <View className='qrcode-card__img qrcode-card__img--empty'>{s.making ? '生成中…' : '未生成'}</View>
              )}
              <Text className='qrcode-card__place'>{c.place}</Text>
              <Text className='qrcode-card__hint'>扫码投诉 · 地点自动填写</Text>
            </View>
          ))}
        </View>
      </View>
    </PageShell>
  )
}
