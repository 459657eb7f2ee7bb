// The inventory's dialogs (service, organization, import) and what the screen says when one saves, deletes (with Undo) or imports.
import type { CommunityArea } from '../../../../../shared/community-areas'
import type { ImportPreview, Organization, Service } from '../../../../../shared/inventory/model'
import type { Category } from '../../../../../shared/inventory/taxonomy'
import { call, errorMessage } from '../../../api/client'
import type { ToastMessage } from '../../../components/Toast'
import { ImportDialog } from '../import/ImportDialog'
import { uploadName } from '../import/upload-name'
import { useT } from '../../../i18n/use-t'
import { OrganizationEditor } from '../OrganizationEditor'
import { ServiceEditor } from '../ServiceEditor'

/** A dialog open on a record, or on a new one (undefined). */
export type Editing<K extends string, T> = Record<K, T | undefined> | undefined

interface Props {
  editing: Editing<'service', Service>
  editingOrganization: Editing<'organization', Organization>
  preview: ImportPreview | undefined
  onCloseService: () => void
  onCloseOrganization: () => void
  onClosePreview: () => void
  organizations: readonly Organization[]
  areas: readonly CommunityArea[]
  categories: readonly Category[]
  onCategoryAdded: () => void
  /** The organization the inventory is narrowed to ('' for all); a new service starts in it. */
  organizationId: string
  /** Narrows the inventory to an organization, or shows all again with ''. */
  showOrganization: (id: string) => void
  /** Reloads the list and the organizations after a change. */
  refresh: () => void
  say: (text: string, action?: ToastMessage['action']) => void
  onProblem: (message: string) => void
}

export function InventoryDialogs(props: Props) {
  const { editing, editingOrganization, preview, refresh, say } = props
  const t = useT()
  /** Says what was deleted, with an Undo that restores it. */
  const sayDeleted = (text: string, restore: () => Promise<unknown>, restored: string) =>
    say(text, {
      label: t('common.undo'),
      run: () => {
        restore().then(
          () => {
            refresh()
            say(restored)
          },
          (e: unknown) => props.onProblem(errorMessage(e)),
        )
      },
    })
  return (
    <>
      {editing && (
        <ServiceEditor
          service={editing.service}
          organizations={props.organizations}
          areas={props.areas}
          categories={props.categories}
          onCategoryAdded={props.onCategoryAdded}
          defaultOrganizationId={props.organizationId || undefined}
          onClose={props.onCloseService}
          onSaved={(saved) => {
            props.onCloseService()
            refresh()
            say(t(editing.service ? 'inventory.saved' : 'inventory.added', { name: saved.name }))
          }}
          onDeleted={(deleted) => {
            props.onCloseService()
            refresh()
            sayDeleted(t('inventory.deleted', { name: deleted.name }), () => call('inventory.restoreService', { service: deleted }), t('inventory.restored', { name: deleted.name }))
          }}
        />
      )}
      {editingOrganization && (
        <OrganizationEditor
          organization={editingOrganization.organization}
          areas={props.areas}
          onClose={props.onCloseOrganization}
          onSaved={(saved) => {
            props.onCloseOrganization()
            refresh()
            say(t(editingOrganization.organization ? 'inventory.saved' : 'inventory.added', { name: saved.name }))
            if (!editingOrganization.organization) props.showOrganization(saved.id)
          }}
          onDeleted={(deleted) => {
            props.onCloseOrganization()
            props.showOrganization('')
            refresh()
            sayDeleted(t('inventory.deletedOrganization', { name: deleted.organization.name, count: deleted.services.length }), () => call('inventory.restoreOrganization', deleted), t('inventory.restored', { name: deleted.organization.name }))
          }}
        />
      )}
      {preview && (
        <ImportDialog
          preview={preview}
          categories={props.categories}
          areas={props.areas}
          onClose={props.onClosePreview}
          onImported={({ counts, ended, importId }) => {
            props.onClosePreview()
            refresh()
            const file = uploadName(preview, t)
            say(t('import.done', { file, new: counts.new, updated: counts.updated, unchanged: counts.unchanged, skipped: counts.rejected, ended }), {
              label: t('common.undo'),
              run: () => {
                call('inventory.undoImport', { importId }).then(
                  ({ keptEdited }) => {
                    refresh()
                    say(t('import.undone', { file, kept: keptEdited }))
                  },
                  (e: unknown) => props.onProblem(errorMessage(e)),
                )
              },
            })
          }}
        />
      )}
    </>
  )
}
