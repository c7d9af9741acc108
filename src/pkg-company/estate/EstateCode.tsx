import { View, Text, Image } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import StateView from '@/components/StateView'
import { useLoad } from '@/hooks/useLoad'
import { estateQrCode } from '@/services/estates'
import { canPrint, printPage } from '@/platform/print'
import { altText } from '@/utils/a11y'

/**
 * Issue 16: the estate's QR code to print and post (entrances, notice boards): residents scan it to
 * join the estate. H5 prints it (or saves it as PDF); on WeChat the image is previewed and saved.
 */
export default function EstateCode({ code, name }: { code: string; name: string }) {
  const { data: image, error, loading, reload } = useLoad(() => estateQrCode(code).then((qr) => qr.image || undefined), [code])
  return (
    <View className='card estate-qr'>
      <View className='card__title'>业主扫码加入</View>
      <StateView loading={loading} error={error} onRetry={() => reload()} />
      {!loading && !error && (
        <View className='estate-qr__sheet'>
          <Text className='estate-qr__name'>{name}</Text>
          {image ? (
            <Image
              className='estate-qr__img'
              {...altText(`${name} 业主扫码加入二维码`)}
              src={image}
              mode='aspectFit'
              onClick={() => Taro.previewImage({ urls: [image], current: image })}
            />
          ) : (
            <View className='estate-qr__img estate-qr__img--empty'>未生成</View>
          )}
          <Text className='estate-qr__hint'>微信扫码，加入小区并在线投诉</Text>
        </View>
      )}
      <View className='hint no-print'>
        {canPrint ? '可直接打印，或在打印窗口中选择“另存为 PDF”。' : '点击二维码可预览，长按保存图片后打印张贴。'}
      </View>
      {canPrint && image && (
        <Button className='estate-qr-print no-print' type='primary' fill='outline' block onClick={printPage}>
          打印 / 存为 PDF
        </Button>
      )}
    </View>
  )
}
