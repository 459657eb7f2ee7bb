// Finishing asks first, and says what is still open: gaps, action items not done, objectives
// not rated. A finished session can be reopened.
import type { FinishSummary } from '../../../../../shared/session/finish-summary'
import { Dialog } from '../../../components/Dialog'
import { DialogFooter } from '../../../components/DialogFooter'
import { useT } from '../../../i18n/use-t'

export function FinishDialog({ summary, objectiveText, onFinish, onCancel }: { summary: FinishSummary; objectiveText: (id: string) => string; onFinish: () => void; onCancel: () => void }) {
  const t = useT()
  return (
    <Dialog title={t('finish.title')} onClose={onCancel} footer={<DialogFooter onCancel={onCancel} cancelLabel={t('finish.keepGoing')} confirm={{ label: t('finish.confirm'), onClick: onFinish }} />}>
      <p>{t('finish.intro')}</p>
      <ul className="finish-summary">
        <li>{t('finish.gaps', { open: summary.gapsOpen, needs: summary.needs })}</li>
        <li>{t('finish.actionItems', { open: summary.actionItemsOpen, total: summary.actionItems })}</li>
        <li>
          {t('finish.ratings', { missing: summary.unrated.length, total: summary.objectives })}
          {summary.unrated.length > 0 && (
            <ul>
              {summary.unrated.map((id) => (
                <li key={id}>{objectiveText(id)}</li>
              ))}
            </ul>
          )}
        </li>
        <li>{t('finish.captured', { count: summary.captured })}</li>
      </ul>
      <p className="hint">{t('finish.readOnly')}</p>
    </Dialog>
  )
}
