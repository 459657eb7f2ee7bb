// Opens a town-hall file from another laptop: read whole or not at all, and when the town hall is
// already here, the facilitator chooses to replace it or keep both. For the town-hall list.
import { FolderOpen } from 'lucide-react'
import { useRef, useState } from 'react'
import { call, errorMessage } from '../../../api/client'
import { Dialog } from '../../../components/Dialog'
import { useT } from '../../../i18n/use-t'

interface Props {
  onOpened: (townHallId: string) => void
  say: (text: string) => void
}

export function TownHallFileImport({ onOpened, say }: Props) {
  const t = useT()
  const input = useRef<HTMLInputElement>(null)
  const [pending, setPending] = useState<{ content: string; title: string } | undefined>()
  const [problems, setProblems] = useState<{ file: string; list: string[] } | undefined>()

  async function open(content: string, fileName: string, mode: 'ask' | 'replace' | 'copy'): Promise<void> {
    try {
      const result = await call('townHalls.importFile', { content, mode })
      if (result.outcome === 'exists') return setPending({ content, title: result.title })
      setPending(undefined)
      if (result.outcome === 'invalid') return setProblems({ file: fileName, list: result.problems })
      setProblems(undefined)
      say(t('townHallReport.file.imported', { organizations: result.organizationsAdded, services: result.servicesAdded }))
      onOpened(result.townHallId)
    } catch (error) {
      say(errorMessage(error))
    }
  }

  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        <FolderOpen aria-hidden="true" /> {t('townHallReport.file.open')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".json,application/json"
        aria-label={t('townHallReport.file.input')}
        data-testid="townhall-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void file.text().then((content) => open(content, file.name, 'ask'))
        }}
      />
      {problems && (
        <div className="inline-error session-file-problems" role="alert">
          <p>{t('townHallReport.file.invalid', { file: problems.file })}</p>
          <ul className="error-list">
            {problems.list.slice(0, 20).map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {pending && (
        <Dialog
          title={t('townHallReport.file.existsTitle')}
          onClose={() => setPending(undefined)}
          footer={
            <>
              <button type="button" className="button" onClick={() => setPending(undefined)}>
                {t('common.cancel')}
              </button>
              <button type="button" className="button" onClick={() => void open(pending.content, '', 'copy')}>
                {t('sessionFile.keepBoth')}
              </button>
              <button type="button" className="button primary" onClick={() => void open(pending.content, '', 'replace')}>
                {t('sessionFile.replace')}
              </button>
            </>
          }
        >
          <p>{t('townHallReport.file.existsBody', { title: pending.title })}</p>
        </Dialog>
      )}
    </>
  )
}
