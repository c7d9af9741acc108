import { useEffect, useState } from 'react'
import { useLoad } from '@/hooks/useLoad'
import { getSettings, saveSettings, type OfficeSettings } from '@/services/admin'
import { toast, toastError } from '@/utils/ui'

export type RuleSettings = OfficeSettings['emergency']
export type CustomRule = RuleSettings['custom'][number]

/** Terms as typed: separated by commas, 、 or spaces. */
export const termsOf = (text: string) =>
  text
    .split(/[,，、\s]+/)
    .map((t) => t.trim())
    .filter(Boolean)

/**
 * The rules page's data (issue 14, H1-E): the built-in rules, the office's changes to them as
 * edited, and their save (settings.save with `emergency`; the server checks every term).
 */
export function useRules() {
  const { data, error, loading, reload } = useLoad(getSettings, [])
  const [rules, setRules] = useState<RuleSettings>()
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    if (data && !rules) setRules(data.settings.emergency)
  }, [data, rules])
  const update = (f: (r: RuleSettings) => RuleSettings) => setRules((r) => r && f(r))
  const toggle = (id: string, on: boolean) =>
    update((r) => ({ ...r, disabled: on ? r.disabled.filter((x) => x !== id) : [...r.disabled, id] }))
  const setTerms = (id: string, text: string) => update((r) => ({ ...r, addedTerms: { ...r.addedTerms, [id]: termsOf(text) } }))
  const addCustom = (rule: CustomRule) => update((r) => ({ ...r, custom: [...r.custom, rule] }))
  const removeCustom = (id: string) => update((r) => ({ ...r, custom: r.custom.filter((x) => x.id !== id) }))
  const save = async () => {
    if (!rules || busy) return
    setBusy(true)
    try {
      setRules((await saveSettings({ emergency: rules })).settings.emergency)
      toast('规则已保存', 'success')
    } catch (e) {
      toastError(e)
    } finally {
      setBusy(false)
    }
  }
  return {
    builtIn: data?.emergencyRules.builtIn ?? [],
    hints: data?.emergencyRules.hints ?? {},
    rules,
    error,
    loading,
    reload,
    busy,
    toggle,
    setTerms,
    addCustom,
    removeCustom,
    save,
  }
}
