// The town-hall list's way to open a town-hall file from another laptop.
import { call } from '../../../api/client'
import { RecordFileImport, recordFileInput, type ImportMode, type RecordFileWords, type RecordImport } from '../../../components/RecordFileImport'

const words: RecordFileWords = {
  open: 'townHallReport.file.open',
  input: 'townHallReport.file.input',
  imported: 'townHallReport.file.imported',
  invalid: 'townHallReport.file.invalid',
  existsTitle: 'townHallReport.file.existsTitle',
  existsBody: 'townHallReport.file.existsBody',
}

async function importTownHall(file: File, mode: ImportMode): Promise<RecordImport> {
  const result = await call('townHalls.importFile', await recordFileInput(file, mode))
  return result.outcome === 'imported' ? { ...result, id: result.townHallId } : result
}

interface Props {
  onOpened: (townHallId: string) => void
  say: (text: string) => void
}

export function TownHallFileImport({ onOpened, say }: Props) {
  return <RecordFileImport importFile={importTownHall} words={words} testId="townhall-file-input" onOpened={onOpened} say={say} />
}
