// Opens a session file from another laptop: read whole or not at all, and when the session is
// already here, the facilitator chooses to replace it or keep both.
import { FolderOpen } from 'lucide-react'
import { useRef, useState } from 'react'
import { call, errorMessage } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { useT } from '../../i18n/use-t'

interface Props {
  onOpened: (sessionId: string) => void
  say: (text: string) => void
}

export function SessionFileImport({ onOpened, say }: Props) {
  const t = useT()
  const input = useRef<HTMLInputElement>(null)
  const [pending, setPending] = useState<{ content: string; title: string } | undefined>()
  const [problems, setProblems] = useState<{ file: string; list: string[] } | undefined>()

  async function open(content: string, fileName: string, mode: 'ask' | 'replace' | 'copy'): Promise<void> {
    try {
      const result = await call('sessions.importFile', { content, mode })
      if (result.outcome === 'exists') return setPending({ content, title: result.title })
      setPending(undefined)
      if (result.outcome === 'invalid') return setProblems({ file: fileName, list: result.problems })
      setProblems(undefined)
      say(t('sessionFile.imported', { organizations: result.organizationsAdded, services: result.servicesAdded }))
      onOpened(result.sessionId)
    } catch (error) {
      say(errorMessage(error))
    }
  }

  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        <FolderOpen aria-hidden="true" /> {t('sessionFile.open')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".json,application/json"
        aria-label={t('sessionFile.input')}
        data-testid="session-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void file.text().then((content) => open(content, file.name, 'ask'))
        }}
      />
      {problems && (
        <div className="inline-error session-file-problems" role="alert">
          <p>{t('sessionFile.invalid', { file: problems.file })}</p>
          <ul className="error-list">
            {problems.list.slice(0, 20).map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {pending && (
        <Dialog
          title={t('sessionFile.existsTitle')}
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
          <p>{t('sessionFile.existsBody', { title: pending.title })}</p>
        </Dialog>
      )}
    </>
  )
}
