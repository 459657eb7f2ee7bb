// The session list's way to open a session file from another laptop.
import { call } from '../../api/client'
import { RecordFileImport, recordFileInput, type ImportMode, type RecordFileWords, type RecordImport } from '../../components/RecordFileImport'

const words: RecordFileWords = {
  open: 'sessionFile.open',
  input: 'sessionFile.input',
  imported: 'sessionFile.imported',
  invalid: 'sessionFile.invalid',
  existsTitle: 'sessionFile.existsTitle',
  existsBody: 'sessionFile.existsBody',
}

async function importSession(file: File, mode: ImportMode): Promise<RecordImport> {
  const result = await call('sessions.importFile', await recordFileInput(file, mode))
  return result.outcome === 'imported' ? { ...result, id: result.sessionId } : result
}

interface Props {
  onOpened: (sessionId: string) => void
  say: (text: string) => void
}

export function SessionFileImport({ onOpened, say }: Props) {
  return <RecordFileImport importFile={importSession} words={words} testId="session-file-input" onOpened={onOpened} say={say} />
}
