import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { Category } from '@shared/vocabulary'
import { LIMITS, charCount } from '@shared/limits'
import { usePhotos, type LocalPhoto } from '@/hooks/usePhotos'
import { useClips, type LocalClip } from '@/hooks/useClips'
import { clearDrafts, useDraft } from '@/hooks/useDraft'
import { submitComplaint } from '@/services/complaint'
import { askConsent, CONSENT_PURPOSE } from '@/services/subscription'
import { consentIds, useSession } from '@/store/session'
import { toast, toastError } from '@/utils/ui'

/** What the resident has typed so far (kept as a draft while they type). */
export interface Draft {
  category?: Category
  location: string
  description: string
  emergency: boolean
  involved: string
}

/** Sets one field of the draft. */
export type SetField = <K extends keyof Draft>(k: K, v: Draft[K]) => void

/** Where a submit tap has got to: consent, photo uploads, the call itself. */
export type Stage = 'idle' | 'consent' | 'upload' | 'submit'

const EMPTY: Draft = { location: '', description: '', emergency: false, involved: '' }

/** What is missing before the form can go, in the words a resident understands; null when complete. */
export function problemOf(d: Draft): string | null {
  if (!d.category) return '请选择投诉类别'
  if (!d.location.trim()) return '请填写投诉地点'
  if (charCount(d.location.trim()) > LIMITS.location) return `投诉地点不能超过 ${LIMITS.location} 个字`
  if (!d.description.trim()) return '请描述投诉内容'
  if (charCount(d.description.trim()) > LIMITS.description) return `投诉内容不能超过 ${LIMITS.description} 个字`
  return null
}

/** The submit button's words for a stage: what is happening, with the photos still to upload. */
export function buttonTextOf(stage: Stage, photos: LocalPhoto[], clips: LocalClip[] = []): string {
  const uploading = photos.filter((p) => !p.fileID).length
  const recordings = clips.filter((c) => !c.fileID).length
  if (stage === 'upload' && uploading) return `正在上传照片（剩余 ${uploading} 张）`
  if (stage === 'upload') return recordings ? `正在上传语音和视频（剩余 ${recordings} 个）` : '请稍候…'
  return stage === 'submit' ? '正在提交…' : '提交投诉'
}

/**
 * The filing form's state and its submit: consent to notifications first (inside the tap), then
 * the photo, voice-note and video uploads (issue 19), then complaint.submit, then the new record's page. The text survives leaving
 * the page by accident (a draft); photos are temp files and do not.
 */
export function useFiling(extras: { placeCode?: string; refersTo?: string } = {}) {
  const user = useSession().me?.user
  const [draft, setDraft] = useDraft<Draft>('submit', EMPTY)
  const { photos, setPhotos, uploadAll } = usePhotos()
  const voice = useClips('voice')
  const video = useClips('videos')
  const [stage, setStage] = useState<Stage>('idle')
  const busy = stage !== 'idle'
  const set: SetField = (k, v) => setDraft((x) => ({ ...x, [k]: v }))

  const send = async (consent: Promise<void>) => {
    setStage('consent')
    try {
      await consent
      setStage('upload')
      const fileIDs = await uploadAll()
      const voiceNotes = await voice.uploadAll()
      const videos = await video.uploadAll()
      setStage('submit')
      const view = await submitComplaint({
        category: draft.category!,
        location: draft.location.trim(),
        description: draft.description.trim(),
        photos: fileIDs,
        ...(voiceNotes.length ? { voiceNotes } : {}),
        ...(videos.length ? { videos } : {}),
        emergency: draft.emergency,
        involved: draft.involved.trim(),
        ...extras,
      })
      clearDrafts('submit')
      Taro.redirectTo({ url: `/pages/detail/index?id=${view.id}&created=1` })
    } catch (e) {
      toastError(e)
    } finally {
      setStage('idle')
    }
  }

  const onSubmit = () => {
    if (busy) return
    if (!user) {
      toast('请先完善个人资料')
      Taro.navigateTo({ url: '/pages/profile/index' })
      return
    }
    const problem = problemOf(draft)
    if (problem) return toast(problem)
    // WeChat shows the consent panel only when asked synchronously inside the tap.
    send(askConsent(consentIds('submit'), CONSENT_PURPOSE.submit))
  }

  const recordings = {
    voiceNotes: voice.clips,
    setVoiceNotes: voice.setClips,
    videos: video.clips,
    setVideos: video.setClips,
  }
  return { user, draft, set, photos, setPhotos, recordings, stage, busy, onSubmit }
}
