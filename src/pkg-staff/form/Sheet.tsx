import { View, Text, Image } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { RegistrationForm } from '@/services/complaint'
import { altText } from '@/utils/a11y'

/**
 * The registration form as a printed record (V2): the title, the sections and processing record
 * exactly as the function defines them (the .xlsx export renders the same definition), then what
 * only paper has — the photos and the complainant's signature as images, and lines to sign.
 */
export default function Sheet({ form }: { form: RegistrationForm }) {
  const photos = form.photos.filter(Boolean)
  const preview = (url: string) => Taro.previewImage({ current: url, urls: photos })
  return (
    <View className='sheet registration-form'>
      <View className='sheet__title'>{form.title}</View>
      <View className='sheet__meta'>
        <Text>投诉编号：{form.no}</Text>
        <Text>制表时间：{form.madeAt}</Text>
      </View>
      {form.notice && <View className='sheet__masked'>{form.notice}</View>}
      {form.sections.map((s) => (
        <View key={s.title} className='sheet__section'>
          <View className='sheet__section-title'>{s.title}</View>
          <View className='sheet__table'>
            {s.rows.map(([k, v]) => (
              <View key={k} className='sheet__row'>
                <View className='sheet__key'>{k}</View>
                <View className='sheet__value'>{v}</View>
              </View>
            ))}
          </View>
        </View>
      ))}
      {photos.length > 0 && (
        <View className='sheet__section'>
          <View className='sheet__section-title'>照片</View>
          <View className='sheet__photos'>
            {photos.map((u) => (
              <Image key={u} className='sheet__photo' src={u} mode='aspectFill' onClick={() => preview(u)} {...altText('照片')} />
            ))}
          </View>
        </View>
      )}
      <View className='sheet__section'>
        <View className='sheet__section-title'>投诉人签字</View>
        <View className='sheet__signature'>
          {form.signature ? (
            <Image className='sheet__signature-img' src={form.signature} mode='aspectFit' {...altText('投诉人签名')} />
          ) : (
            <Text className='sheet__blank'>（无）</Text>
          )}
        </View>
      </View>
      <View className='sheet__section'>
        <View className='sheet__section-title'>处理记录</View>
        <View className='sheet__events'>
          <View className='sheet__event sheet__event--head'>
            {form.eventColumns.map(([key, title]) => (
              <Text key={key} className={`sheet__ev-${key}`}>
                {title}
              </Text>
            ))}
          </View>
          {form.events.map((e, i) => (
            <View key={`${e.at}-${i}`} className='sheet__event'>
              {form.eventColumns.map(([key]) => (
                <Text key={key} className={`sheet__ev-${key}`}>
                  {e[key]}
                </Text>
              ))}
            </View>
          ))}
        </View>
      </View>
      <View className='sheet__footer'>
        <Text className='sheet__sign'>经办人签字：</Text>
        <Text className='sheet__sign'>日期：</Text>
      </View>
    </View>
  )
}
