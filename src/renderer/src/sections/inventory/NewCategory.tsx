// A small form inside the service editor that adds a category to the taxonomy.
import { useId, useState } from 'react'
import { CATEGORY_GROUPS, type Category, type CategoryGroupId } from '../../../../shared/inventory/taxonomy'
import { call, errorMessage } from '../../api/client'
import { useT } from '../../i18n/use-t'

export function NewCategory({ onCancel, onAdded }: { onCancel: () => void; onAdded: (category: Category) => void }) {
  const t = useT()
  const [label, setLabel] = useState('')
  const [labelEs, setLabelEs] = useState('')
  const [group, setGroup] = useState<CategoryGroupId>('other')
  const [error, setError] = useState<string | undefined>()
  const labelId = useId()
  const groupId = useId()
  const spanishId = useId()
  async function add(): Promise<void> {
    try {
      onAdded(await call('inventory.addCategory', { label, group, ...(labelEs.trim() ? { labelEs } : {}) }))
    } catch (caught) {
      setError(errorMessage(caught))
    }
  }
  return (
    <fieldset className="field wide new-category">
      <legend>{t('categoryForm.legend')}</legend>
      <div className="inline-fields">
        <label htmlFor={labelId}>{t('categoryForm.name')}</label>
        <input id={labelId} value={label} onChange={(e) => setLabel(e.target.value)} aria-invalid={error !== undefined} />
        <label htmlFor={spanishId}>{t('categoryForm.nameEs')}</label>
        <input id={spanishId} lang="es" value={labelEs} onChange={(e) => setLabelEs(e.target.value)} />
        <label htmlFor={groupId}>{t('categoryForm.group')}</label>
        <select id={groupId} value={group} onChange={(e) => setGroup(e.target.value as CategoryGroupId)}>
          {CATEGORY_GROUPS.map((g) => (
            <option key={g.id} value={g.id}>
              {t(`categoryGroup.${g.id}`)}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => void add()}>
          {t('categoryForm.add')}
        </button>
        <button type="button" className="button quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      {error && <span className="field-error">{error}</span>}
    </fieldset>
  )
}
