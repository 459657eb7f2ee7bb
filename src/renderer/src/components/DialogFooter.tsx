// The buttons at the foot of a dialog: Delete far left when there is something to delete, Cancel, then the dialog's own action.
import { Trash2 } from 'lucide-react'
import { useT } from '../i18n/use-t'
import { ActionButton } from './ActionButton'

export interface FooterAction {
  label: string
  onClick: () => void
  disabled?: boolean | undefined
}

interface Props {
  onCancel: () => void
  /** “Close” where nothing can be done but read. */
  cancelLabel?: string
  /** The dialog's own action (Save, Add, Import…); none when there is nothing to do. */
  confirm?: FooterAction | undefined
  /** Deleting what the dialog edits. */
  remove?: FooterAction | undefined
}

export function DialogFooter({ onCancel, cancelLabel, confirm, remove }: Props) {
  const t = useT()
  return (
    <>
      {remove && <ActionButton look="danger push-left" icon={Trash2} label={remove.label} disabled={remove.disabled} onClick={remove.onClick} />}
      <button type="button" className="button" onClick={onCancel}>
        {cancelLabel ?? t('common.cancel')}
      </button>
      {confirm && (
        <button type="button" className="button primary" disabled={confirm.disabled} onClick={confirm.onClick}>
          {confirm.label}
        </button>
      )}
    </>
  )
}
