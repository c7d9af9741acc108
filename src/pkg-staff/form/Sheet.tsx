import { View, Text, Image } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { RegistrationForm } from '@/services/complaint'

/** The registration form as a printed record: title, sections as ruled tables, photos, signature and the event table (V2). */
export default function Sheet({ form }: { form: RegistrationForm }) {
  const preview = (url: string) => Taro.previewImage({ current: url, urls: form.photos.filter(Boolean) })
  return (
    <View className='sheet'>
      <View className='sheet__title'>{form.title}</View>
      <View className='sheet__meta'>
        <Text>编号：{form.no}</Text>
        <Text>打印时间：{form.printedAt}</Text>
      </View>
      {form.masked && <View className='sheet__masked'>投诉人联系方式已按权限隐去部分信息</View>}
      {form.sections.map((s) => (
        <View key={s.title} className='sheet__section'>
          <View className='sheet__section-title'>{s.title}</View>
          <View className='sheet__table'>
            {s.rows.map(([k, v]) => (
              <View key={k} className='sheet__row'>
                <View className='sheet__key'>{k}</View>
                <View className='sheet__value'>{v || '—'}</View>
              </View>
            ))}
          </View>
        </View>
      ))}
      {form.photos.length > 0 && (
        <View className='sheet__section'>
          <View className='sheet__section-title'>现场照片</View>
          <View className='sheet__photos'>
            {form.photos.filter(Boolean).map((u) => (
              <Image key={u} className='sheet__photo' src={u} mode='aspectFill' onClick={() => preview(u)} />
            ))}
          </View>
        </View>
      )}
      <View className='sheet__section'>
        <View className='sheet__section-title'>投诉人签字确认</View>
        <View className='sheet__signature'>
          {form.signature ? (
            <Image className='sheet__signature-img' src={form.signature} mode='aspectFit' />
          ) : (
            <Text className='sheet__blank'>（未签字）</Text>
          )}
        </View>
      </View>
      <View className='sheet__section'>
        <View className='sheet__section-title'>处理记录</View>
        <View className='sheet__events'>
          <View className='sheet__event sheet__event--head'>
            <Text className='sheet__ev-at'>时间</Text>
            <Text className='sheet__ev-action'>操作</Text>
            <Text className='sheet__ev-actor'>操作人</Text>
            <Text className='sheet__ev-change'>状态 / 说明</Text>
          </View>
          {form.events.map((e, i) => (
            <View key={`${e.at}-${i}`} className='sheet__event'>
              <Text className='sheet__ev-at'>{e.at}</Text>
              <Text className='sheet__ev-action'>{e.action}</Text>
              <Text className='sheet__ev-actor'>{e.actor}</Text>
              <Text className='sheet__ev-change'>
                {e.change}
                {e.reason ? `；${e.reason}` : ''}
              </Text>
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
