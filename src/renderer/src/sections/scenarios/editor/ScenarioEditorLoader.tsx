// Opens the editor on a scenario of the library, or on a new one that lives as a kept draft until it is first saved.
import { useEffect, useState } from 'react'
import { blankScenario } from '../../../../../shared/scenario/template'
import { call, errorMessage } from '../../../api/client'
import { currentLanguage } from '../../../i18n/language'
import { useT } from '../../../i18n/use-t'
import { draftKey, keptScenario, restoredDraft, type Loaded } from './load-draft'
import { ScenarioEditor } from './ScenarioEditor'

interface Props {
  id: string
  isNew: boolean
  onCancel: () => void
  onSaved: (id: string, copied: boolean) => void
}

export function ScenarioEditorLoader({ id, isNew, onCancel, onSaved }: Props) {
  const t = useT()
  const [loaded, setLoaded] = useState<Loaded | { error: string } | undefined>()
  useEffect(() => {
    const kept = call('drafts.get', { key: draftKey(id) }).catch(() => null)
    const opened: Promise<Loaded> = isNew
      ? kept.then((draft) => ({ saved: keptScenario(id, draft) ?? blankScenario(id, currentLanguage(), undefined), isNew: true }))
      : Promise.all([call('scenarios.get', { id }), kept]).then(([result, draft]) => ({ saved: result.scenario, restored: restoredDraft(result.scenario, draft), isNew: false }))
    opened.then(setLoaded, (error: unknown) => setLoaded({ error: errorMessage(error) }))
  }, [id, isNew])
  if (!loaded) return <p role="status">{t('common.loading')}</p>
  if ('error' in loaded) return <p className="inline-error" role="alert">{loaded.error}</p>
  return <ScenarioEditor {...loaded} onCancel={onCancel} onSaved={onSaved} />
}
