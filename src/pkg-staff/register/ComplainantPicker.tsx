import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import Field from '@/components/form/Field'
import RoomInput from '@/components/form/RoomInput'
import { findResidents } from '@/services/people'
import { LIMITS } from '@shared/limits'
import { toastError } from '@/utils/ui'

/** The complainant as the registration records them; `openid` when found among the room's residents. */
export interface ComplainantDraft {
  name: string
  room: string
  phone: string
  openid?: string
  /** Masked name shown for a resident picked from the search. */
  shownName?: string
}

interface Found {
  openid: string
  name: string
  maskedName?: string
  room: string
  phone: string
}

/** The residents registered at the room: tapping one makes them the complainant. */
function ResidentResults({ found, picked, onPick }: { found: Found[]; picked?: string; onPick: (r: Found) => void }) {
  return (
    <View className='resident-results'>
      {found.length === 0 && <View className='muted'>该房号暂无登记住户，请手动填写投诉人信息。</View>}
      {found.map((r) => (
        <View key={r.openid} className={`chip resident-result ${picked === r.openid ? 'is-active' : ''}`} onClick={() => onPick(r)}>
          <Text>{r.maskedName ?? r.name}</Text>
          <Text className='muted'> · {r.phone}</Text>
        </View>
      ))}
    </View>
  )
}

/** A complainant who is not registered: their name and phone as they give them. */
function ManualFields({ value, onChange }: { value: ComplainantDraft; onChange: (v: ComplainantDraft) => void }) {
  return (
    <View>
      <Field label='投诉人姓名' required>
        <Input
          className='complainant-name'
          value={value.name}
          onChange={(name) => onChange({ ...value, name })}
          maxLength={LIMITS.name}
          placeholder='投诉人姓名'
        />
      </Field>
      <Field label='联系电话' hint='无有效联系方式的投诉可能不予受理。'>
        <Input
          className='complainant-phone'
          type='tel'
          value={value.phone}
          onChange={(phone) => onChange({ ...value, phone })}
          maxLength={13}
          placeholder='手机号或带区号的固定电话'
        />
      </Field>
    </View>
  )
}

/**
 * Finds the complainant by room (residents.find; the lookup is logged) so the complaint reaches
 * their mini-program, or takes their name and phone by hand when they are not registered.
 */
export default function ComplainantPicker({ value, onChange }: { value: ComplainantDraft; onChange: (v: ComplainantDraft) => void }) {
  const [found, setFound] = useState<Found[] | null>(null)
  const [searching, setSearching] = useState(false)

  const search = async () => {
    if (!value.room || searching) return
    setSearching(true)
    try {
      setFound((await findResidents(value.room)) as Found[])
    } catch (e) {
      toastError(e)
    } finally {
      setSearching(false)
    }
  }
  const pick = (r: Found) =>
    onChange({ name: r.name, room: r.room, phone: '', openid: r.openid, shownName: `${r.maskedName ?? r.name} · ${r.phone}` })
  const manual = () => onChange({ ...value, openid: undefined, shownName: undefined })

  return (
    <View className='complainant-picker'>
      <Field label='房号' hint='按房号查找已登记的业主/住户，投诉进度将同步到其小程序。'>
        <RoomInput
          value={value.room}
          onChange={(room) => {
            onChange({ ...value, room, openid: undefined, shownName: undefined })
            setFound(null)
          }}
        />
        <Button
          className='find-residents'
          size='small'
          fill='outline'
          type='primary'
          loading={searching}
          disabled={!value.room || searching}
          onClick={search}
        >
          查找住户
        </Button>
      </Field>
      {found && <ResidentResults found={found} picked={value.openid} onPick={pick} />}
      {value.openid ? (
        <View className='picked-resident'>
          <Text>投诉人：{value.shownName}</Text>
          <Text className='link' onClick={manual}>
            改为手动填写
          </Text>
        </View>
      ) : (
        <ManualFields value={value} onChange={onChange} />
      )}
    </View>
  )
}
