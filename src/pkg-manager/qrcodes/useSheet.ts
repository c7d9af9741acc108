import { useEffect, useState } from 'react'
import { useLoad } from '@/hooks/useLoad'
import { messageOf } from '@/services/api'
import { placeCodes } from '@/services/places'
import { codeImages } from '@/platform/placeCodes'

/**
 * The QR code sheet's state (C5): every place's code, the section chosen (a building, or the
 * public areas) and its images, made when the section is chosen.
 */
export function useSheet() {
  const load = useLoad(() => placeCodes(), [])
  const sheet = load.data
  const groups = sheet ? [...new Map(sheet.codes.map((c) => [c.group, c.groupLabel])).entries()] : []
  const [group, setGroup] = useState('')
  const current = group || groups[0]?.[0] || ''
  const [images, setImages] = useState<Record<string, string>>({})
  const [making, setMaking] = useState(false)
  const [problem, setProblem] = useState<string>()

  useEffect(() => {
    if (!sheet || !current) return
    setMaking(true)
    setProblem(undefined)
    codeImages(sheet, current)
      .then(setImages, (e) => setProblem(messageOf(e)))
      .finally(() => setMaking(false))
  }, [sheet, current])

  const codes = sheet?.codes.filter((c) => c.group === current) ?? []
  return { ...load, sheet, groups, group: current, setGroup, codes, images, making, problem }
}
