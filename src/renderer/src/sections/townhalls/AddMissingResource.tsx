// A resource the room knows of and the inventory does not: added on the spot — a service, its
// category, and its organization (one already listed, or a new one) — serving the town hall's areas.
import { useState } from 'react'
import { useIntl } from 'react-intl'
import type { Language } from '../../../../shared/i18n/catalog'
import { categoryLabelIn } from '../../../../shared/i18n/taxonomy-words'
import type { Organization, Service } from '../../../../shared/inventory/model'
import type { Category } from '../../../../shared/inventory/taxonomy'
import type { TownHall } from '../../../../shared/townhall/model'
import { call, errorMessage, fieldIssuesOf } from '../../api/client'
import { useSay, useT } from '../../i18n/use-t'

export function AddMissingResource({ townHall, categories, defaultCategory, organizations, onAdded }: { townHall: TownHall; categories: readonly Category[]; defaultCategory: string; organizations: readonly Organization[]; onAdded: (service: Service) => void }) {
  const t = useT()
  const say = useSay()
  const language = useIntl().locale as Language
  const [name, setName] = useState('')
  const [organization, setOrganization] = useState('')
  const [category, setCategory] = useState(defaultCategory)
  const [error, setError] = useState<string | undefined>()

  async function add(): Promise<void> {
    if (name.trim() === '' || organization.trim() === '' || category === '') {
      setError(t('townHall.resources.addMissingFields'))
      return
    }
    try {
      const known = organizations.find((o) => o.name.toLowerCase() === organization.trim().toLowerCase())
      const owner =
        known ??
        (await call('inventory.saveOrganization', {
          name: organization.trim(),
          kind: 'other',
          description: '',
          contactPerson: '',
          phone: '',
          email: '',
          languages: [],
          areaNumbers: townHall.areaNumbers,
          citywide: false,
          notes: t('townHall.resources.addedNote', { title: townHall.title }),
        }))
      const service = await call('inventory.saveService', {
        organizationId: owner.id,
        name: name.trim(),
        category,
        description: '',
        areaNumbers: townHall.areaNumbers,
        citywide: false,
        capacity: null,
        currentLoad: null,
        schedule: { kind: 'on-call' },
        languages: townHall.languages.filter((l) => l !== 'other'),
        minAge: null,
        maxAge: null,
        eligibility: '',
        responseTime: '',
        responseHours: null,
        status: 'active',
        lastVerified: null,
      })
      setName('')
      setError(undefined)
      onAdded(service)
    } catch (caught) {
      const issue = fieldIssuesOf(caught)?.[0]
      setError(issue ? say(issue) : errorMessage(caught))
    }
  }

  return (
    <section aria-labelledby="th-add-missing-title" className="th-add-missing">
      <h3 id="th-add-missing-title">{t('townHall.resources.addMissing')}</h3>
      <form
        className="th-inline-form"
        onSubmit={(event) => {
          event.preventDefault()
          void add()
        }}
      >
        <label>
          {t('townHall.resources.serviceName')}
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} autoComplete="off" />
        </label>
        <label>
          {t('townHall.resources.organization')}
          <input list="th-missing-orgs" value={organization} onChange={(e) => setOrganization(e.target.value)} maxLength={200} autoComplete="off" />
        </label>
        <datalist id="th-missing-orgs">
          {organizations.map((o) => (
            <option key={o.id} value={o.name} />
          ))}
        </datalist>
        <label>
          {t('townHall.resources.category')}
          <select value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">{t('townHall.resources.chooseCategory')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {categoryLabelIn(language, c.id, c.label)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button small">
          {t('townHall.resources.addToInventory')}
        </button>
      </form>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}
