import { useState } from 'react'
import { View } from '@tarojs/components'
import { HANDLING_MODES } from '@shared/vocabulary'
import Field from '@/components/form/Field'
import { useDraft } from '@/hooks/useDraft'
import PhotoPicker from '@/components/PhotoPicker'
import { ChipMultiSelect, ChipSelect, optionsOf } from '@/components/form/ChipSelect'
import { departmentOptions, useDepartments } from '@/hooks/useDepartments'
import { usePhotos } from '@/hooks/usePhotos'
import { useClips } from '@/hooks/useClips'
import VideoPicker from '@/components/VideoPicker'
import { LIMITS } from '@shared/limits'
import { RECORD_KINDS } from '@shared/labels'
import { SubmitBar, TextField, type FormProps } from './common'

/** Modes a handler chooses directly; a written plan goes through submit_plan (H3-PLAN). */
const DIRECT_MODES = ['explanation', 'rectification', 'coordination']

/**
 * H2: an investigation record (note, site visit, evidence) with photos and short videos (issue 19); with `statement`, the
 * accused staff member's own statement and defence (H2-S).
 */
export function NoteForm({ c, busy, submit, label, draftKey, statement }: FormProps & { statement?: boolean }) {
  const [kind, setKind] = useState('site_visit')
  const [text, setText] = useDraft(`${draftKey}text`, '')
  const { photos, setPhotos, uploadAll } = usePhotos()
  const video = useClips('videos')
  return (
    <View>
      {statement && (
        <View className='notice'>
          请记录被投诉员工{c.subjectStaffName ? `（${c.subjectStaffName}）` : ''}本人的陈述和申辩，作为得出结论前的依据。
        </View>
      )}
      <View className='form-card'>
        {!statement && (
          <Field label='记录类型' required>
            <ChipSelect className='kind-select' options={optionsOf(RECORD_KINDS)} value={kind} onChange={setKind} />
          </Field>
        )}
        <TextField
          label={statement ? '员工陈述' : '记录内容'}
          required
          value={text}
          onChange={setText}
          max={LIMITS.note}
          rows={6}
          className='note-input'
          placeholder={statement ? '员工对事情经过的说明和申辩' : '勘查情况、访谈内容、监控查看结果等'}
        />
        <Field label='附件照片' extra={`选填，最多 ${LIMITS.photos} 张`}>
          <PhotoPicker photos={photos} onChange={setPhotos} max={LIMITS.photos} maxBytes={LIMITS.photoBytes} disabled={busy} />
        </Field>
        {!statement && (
          <Field label='现场视频' extra={`选填，每段最长 ${LIMITS.videoMs / 1000} 秒`}>
            <VideoPicker videos={video.clips} onChange={video.setClips} disabled={busy} />
          </Field>
        )}
      </View>
      <SubmitBar
        busy={busy}
        label={label}
        onClick={() =>
          submit(!text.trim() ? (statement ? '请填写员工陈述' : '请填写记录内容') : null, async () => ({
            ...(statement ? {} : { kind }),
            text: text.trim(),
            files: await uploadAll('evidence'),
            ...(video.clips.length ? { videos: await video.uploadAll() } : {}),
          }))
        }
      />
    </View>
  )
}

/** H3: explanation, immediate rectification or coordination (with the departments taking part). */
export function SetModeForm({ busy, submit, label, draftKey }: FormProps) {
  const [mode, setMode] = useState<string>()
  const [depts, setDepts] = useState<string[]>([])
  const [note, setNote] = useDraft(`${draftKey}note`, '')
  const { active } = useDepartments()
  return (
    <View>
      <View className='form-card'>
        <Field label='处理方式' required hint='复杂或需较长时间的工作，请改用“提交处理方案”，经主管批准后实施。'>
          <ChipSelect className='mode-select' options={optionsOf(HANDLING_MODES, DIRECT_MODES)} value={mode} onChange={setMode} />
        </Field>
        {mode === 'coordination' && (
          <Field label='协同部门'>
            <ChipMultiSelect className='coordinating-select' options={departmentOptions(active)} value={depts} onChange={setDepts} />
          </Field>
        )}
        <TextField label='处理说明' value={note} onChange={setNote} max={LIMITS.text} placeholder='选填' />
      </View>
      <SubmitBar
        busy={busy}
        label={label}
        onClick={() =>
          submit(!mode ? '请选择处理方式' : null, () => ({
            mode,
            coordinatingDepartments: mode === 'coordination' ? depts : [],
            note: note.trim(),
          }))
        }
      />
    </View>
  )
}

/** F1: the result the complainant will be told, with photos of the work done. */
export function GiveResultForm({ c, busy, submit, label, draftKey }: FormProps) {
  const [summary, setSummary] = useDraft(`${draftKey}summary`, '')
  const [mode, setMode] = useState<string>()
  const [depts, setDepts] = useState<string[]>([])
  const { photos, setPhotos, uploadAll } = usePhotos()
  const { active } = useDepartments()
  return (
    <View>
      <View className='form-card'>
        <TextField
          label='处理结果'
          required
          value={summary}
          onChange={setSummary}
          max={LIMITS.note}
          rows={6}
          className='result-input'
          placeholder='向投诉人说明调查情况、处理措施和结果'
          hint='投诉人将收到处理结果通知，并被邀请评价。'
        />
        {!c.modeLabel && (
          <Field label='处理方式' required>
            <ChipSelect className='mode-select' options={optionsOf(HANDLING_MODES, DIRECT_MODES)} value={mode} onChange={setMode} />
          </Field>
        )}
        {mode === 'coordination' && (
          <Field label='协同部门'>
            <ChipMultiSelect className='coordinating-select' options={departmentOptions(active)} value={depts} onChange={setDepts} />
          </Field>
        )}
        <Field label='处理后照片' extra={`选填，最多 ${LIMITS.photos} 张`}>
          <PhotoPicker photos={photos} onChange={setPhotos} max={LIMITS.photos} maxBytes={LIMITS.photoBytes} disabled={busy} />
        </Field>
      </View>
      <SubmitBar
        busy={busy}
        label={label}
        onClick={() =>
          submit(!summary.trim() ? '请填写处理结果' : null, async () => ({
            summary: summary.trim(),
            mode,
            coordinatingDepartments: mode === 'coordination' ? depts : [],
            files: await uploadAll('evidence'),
          }))
        }
      />
    </View>
  )
}
