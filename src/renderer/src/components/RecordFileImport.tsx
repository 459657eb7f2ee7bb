// Opens a session or town-hall file from another laptop: read whole or not at all, and when the
// record is already here, the facilitator chooses to replace it or keep both.
import { FolderOpen } from 'lucide-react'
import { useRef, useState } from 'react'
import type { FieldIssue } from '../../../shared/errors'
import type { MessageKey } from '../../../shared/i18n/catalog'
import { errorMessage } from '../api/client'
import { sendFiles } from '../api/send-files'
import { useSay, useT } from '../i18n/use-t'
import { Dialog } from './Dialog'

export type ImportMode = 'ask' | 'replace' | 'copy'

/** What an import call answers, with the record's id under one name whatever its kind. */
export type RecordImport =
  | { outcome: 'imported'; id: string; organizationsAdded: number; servicesAdded: number }
  | { outcome: 'exists'; title: string }
  | { outcome: 'invalid'; problems: FieldIssue[] }

/** The wording of one kind of record file; each screen keeps its own catalog keys. */
export interface RecordFileWords {
  open: MessageKey
  input: MessageKey
  imported: MessageKey
  invalid: MessageKey
  existsTitle: MessageKey
  existsBody: MessageKey
}

/** A record file as its import call names it: sent ahead as it is, or inline when it cannot be (a file with no path under Electron). */
export async function recordFileInput(file: File, mode: ImportMode): Promise<{ file: { fileName: string; uploadId: string }; mode: ImportMode } | { content: string; mode: ImportMode }> {
  const [sent] = await sendFiles([file])
  return sent && 'uploadId' in sent ? { file: sent, mode } : { content: await file.text(), mode }
}

interface Props {
  importFile: (file: File, mode: ImportMode) => Promise<RecordImport>
  words: RecordFileWords
  testId: string
  onOpened: (id: string) => void
  say: (text: string) => void
}

export function RecordFileImport({ importFile, words, testId, onOpened, say }: Props) {
  const t = useT()
  const sayIssue = useSay()
  const input = useRef<HTMLInputElement>(null)
  const [pending, setPending] = useState<{ file: File; title: string } | undefined>()
  const [problems, setProblems] = useState<{ file: string; list: FieldIssue[] } | undefined>()

  async function open(file: File, mode: ImportMode): Promise<void> {
    try {
      const result = await importFile(file, mode)
      if (result.outcome === 'exists') return setPending({ file, title: result.title })
      setPending(undefined)
      if (result.outcome === 'invalid') return setProblems({ file: file.name, list: result.problems })
      setProblems(undefined)
      say(t(words.imported, { organizations: result.organizationsAdded, services: result.servicesAdded }))
      onOpened(result.id)
    } catch (error) {
      say(errorMessage(error))
    }
  }

  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        <FolderOpen aria-hidden="true" /> {t(words.open)}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".json,application/json"
        aria-label={t(words.input)}
        data-testid={testId}
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void open(file, 'ask')
        }}
      />
      {problems && (
        <div className="inline-error session-file-problems" role="alert">
          <p>{t(words.invalid, { file: problems.file })}</p>
          <ul className="error-list">
            {problems.list.slice(0, 20).map((problem, index) => (
              <li key={index}>{problem.path === '' ? sayIssue(problem) : t('recordFile.problemAt', { path: problem.path, problem: sayIssue(problem) })}</li>
            ))}
          </ul>
        </div>
      )}
      {pending && (
        <Dialog
          title={t(words.existsTitle)}
          onClose={() => setPending(undefined)}
          footer={
            <>
              <button type="button" className="button" onClick={() => setPending(undefined)}>
                {t('common.cancel')}
              </button>
              <button type="button" className="button" onClick={() => void open(pending.file, 'copy')}>
                {t('sessionFile.keepBoth')}
              </button>
              <button type="button" className="button primary" onClick={() => void open(pending.file, 'replace')}>
                {t('sessionFile.replace')}
              </button>
            </>
          }
        >
          <p>{t(words.existsBody, { title: pending.title })}</p>
        </Dialog>
      )}
    </>
  )
}
