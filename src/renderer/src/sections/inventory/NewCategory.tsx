// A small form inside the service editor that adds a category to the taxonomy.
import { useId, useState } from 'react'
import { CATEGORY_GROUPS, type Category, type CategoryGroupId } from '../../../../shared/inventory/taxonomy'
import { call, errorMessage } from '../../api/client'

export function NewCategory({ onCancel, onAdded }: { onCancel: () => void; onAdded: (category: Category) => void }) {
  const [label, setLabel] = useState('')
  const [group, setGroup] = useState<CategoryGroupId>('other')
  const [error, setError] = useState<string | undefined>()
  const labelId = useId()
  const groupId = useId()
  async function add(): Promise<void> {
    try {
      onAdded(await call('inventory.addCategory', { label, group }))
    } catch (caught) {
      setError(errorMessage(caught))
    }
  }
  return (
    <fieldset className="field wide new-category">
      <legend>New category</legend>
      <div className="inline-fields">
        <label htmlFor={labelId}>Name</label>
        <input id={labelId} value={label} onChange={(e) => setLabel(e.target.value)} aria-invalid={error !== undefined} />
        <label htmlFor={groupId}>Group</label>
        <select id={groupId} value={group} onChange={(e) => setGroup(e.target.value as CategoryGroupId)}>
          {CATEGORY_GROUPS.map((g) => (
            <option key={g.id} value={g.id}>
              {g.label}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={() => void add()}>
          Add category
        </button>
        <button type="button" className="button quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error && <span className="field-error">{error}</span>}
    </fieldset>
  )
}
