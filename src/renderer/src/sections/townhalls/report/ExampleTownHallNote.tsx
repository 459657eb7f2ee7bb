// The note above the town-hall list while the shipped example town hall is here, with the button
// that removes it for good. Shows nothing once it is gone.
import { useEffect, useState } from 'react'
import { call, errorMessage } from '../../../api/client'
import { useT } from '../../../i18n/use-t'

interface Props {
  /** Called once the example is removed (the list reloads). */
  onRemoved: () => void
  say: (text: string) => void
}

/** The example town hall's id while it is here (null once removed), for the list to tag its row. */
export function useExampleTownHallId(version = 0): string | null {
  const [id, setId] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    call('townHalls.example', {}).then(
      (example) => live && setId(example.id),
      () => live && setId(null),
    )
    return () => {
      live = false
    }
  }, [version])
  return id
}

export function ExampleTownHallNote({ onRemoved, say }: Props) {
  const t = useT()
  const [version, setVersion] = useState(0)
  const exampleId = useExampleTownHallId(version)
  if (!exampleId) return null
  const remove = () =>
    call('townHalls.removeExample', {}).then(
      () => {
        say(t('townHallReport.example.removed'))
        setVersion((n) => n + 1)
        onRemoved()
      },
      (error: unknown) => say(errorMessage(error)),
    )
  return (
    <div className="notice notice-info example-note">
      <p>{t('townHallReport.example.note')}</p>
      <button type="button" className="button quiet" onClick={() => void remove()}>
        {t('townHallReport.example.remove')}
      </button>
    </div>
  )
}
