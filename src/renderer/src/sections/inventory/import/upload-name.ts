// How the page names an upload: its one file's name, or "3 files" in the app's language.
import type { ImportPreview } from '../../../../../shared/inventory/model'
import type { useT } from '../../../i18n/use-t'

export function uploadName(preview: Pick<ImportPreview, 'file' | 'fileCount'>, t: ReturnType<typeof useT>): string {
  return preview.fileCount > 1 ? t('import.fileCount', { count: preview.fileCount }) : preview.file
}
