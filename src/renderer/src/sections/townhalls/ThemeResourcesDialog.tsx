// What answers a theme: the inventory categories it draws on, the services in the town hall's
// areas (and citywide) suggested from them and picked, the departments or organizations named
// for themes no category answers, and a missing resource added on the spot (into the inventory).
import { useEffect, useState } from 'react'
import { useIntl } from 'react-intl'
import type { Language } from '../../../../shared/i18n/catalog'
import { categoryLabelIn } from '../../../../shared/i18n/taxonomy-words'
import type { ServiceListItem } from '../../../../shared/inventory/model'
import type { Category } from '../../../../shared/inventory/taxonomy'
import { removeTheme, renameTheme, toggleThemeAnswer } from '../../../../shared/townhall/actions'
import type { TownHallDocument } from '../../../../shared/townhall/document'
import type { TownHall } from '../../../../shared/townhall/model'
import { call, errorMessage } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { useT } from '../../i18n/use-t'
import { AddMissingResource } from './AddMissingResource'
import { useOrganizations } from './PanelEditor'
import { themeName } from './theme-words'
import type { PerformTownHall } from './use-town-hall-document'

interface Props {
  townHall: TownHall
  document: TownHallDocument
  themeId: string
  perform: PerformTownHall
  readOnly: boolean
  onClose: () => void
  say: (text: string) => void
}

export function ThemeResourcesDialog({ townHall, document, themeId, perform, readOnly, onClose, say }: Props) {
  const t = useT()
  const language = useIntl().locale as Language
  const theme = document.themes.find((th) => th.id === themeId)
  const organizations = useOrganizations()
  const [categories, setCategories] = useState<Category[]>([])
  const [suggested, setSuggested] = useState<ServiceListItem[] | undefined>()
  const [picked, setPicked] = useState<ServiceListItem[]>([])
  const [naming, setNaming] = useState('')
  const categoryKey = theme?.categories.join(',')
  const pickedKey = theme?.serviceIds.join(',')

  useEffect(() => {
    call('inventory.listCategories', {}).then(setCategories, () => setCategories([]))
  }, [])
  useEffect(() => {
    let live = true
    call('townHalls.suggestServices', { id: townHall.id, themeId }).then((list) => live && setSuggested(list), (error: unknown) => say(errorMessage(error)))
    return () => {
      live = false
    }
  }, [townHall.id, themeId, categoryKey, say])
  useEffect(() => {
    const ids = pickedKey ? pickedKey.split(',') : []
    call('inventory.servicesByIds', { ids }).then(setPicked, () => setPicked([]))
  }, [pickedKey])

  if (!theme) return null
  const toggle = (kind: 'categories' | 'organizationIds' | 'serviceIds', value: string) => perform(toggleThemeAnswer, { themeId, kind, value })
  const pickedIds = new Set(theme.serviceIds)
  const named = theme.organizationIds.map((id) => organizations.find((o) => o.id === id) ?? { id, name: id })
  const name = () => {
    const found = organizations.find((o) => o.name.toLowerCase() === naming.trim().toLowerCase())
    if (found && !theme.organizationIds.includes(found.id)) toggle('organizationIds', found.id)
    setNaming('')
  }

  return (
    <Dialog title={t('townHall.resources.title', { theme: themeName(t, theme) })} onClose={onClose} wide>
      {!readOnly && (
        <div className="th-theme-rename">
          <label htmlFor="th-theme-name">{t('townHall.resources.name')}</label>
          <input id="th-theme-name" value={themeName(t, theme)} maxLength={120} onChange={(e) => perform(renameTheme, { id: themeId, name: e.target.value })} />
          <button
            type="button"
            className="button small quiet"
            onClick={() => {
              perform(removeTheme, { id: themeId })
              onClose()
            }}
          >
            {t('townHall.resources.removeTheme')}
          </button>
        </div>
      )}
      <section aria-labelledby="th-picked-title">
        <h3 id="th-picked-title">{t('townHall.resources.picked', { count: picked.length + named.length })}</h3>
        {picked.length + named.length === 0 && <p className="notice notice-warning">{t('townHall.resources.none')}</p>}
        <ul className="th-resource-list">
          {picked.map((service) => (
            <li key={service.id}>
              <strong>{service.name}</strong> <span className="muted">— {service.organizationName}</span>
              {!readOnly && (
                <button type="button" className="button small quiet" onClick={() => toggle('serviceIds', service.id)}>
                  {t('townHall.resources.unpick')}
                </button>
              )}
            </li>
          ))}
          {named.map((organization) => (
            <li key={organization.id}>
              <strong>{organization.name}</strong> <span className="muted">— {t('townHall.resources.namedOrganization')}</span>
              {!readOnly && (
                <button type="button" className="button small quiet" onClick={() => toggle('organizationIds', organization.id)}>
                  {t('townHall.resources.unpick')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="th-suggested-title">
        <h3 id="th-suggested-title">{t('townHall.resources.suggested')}</h3>
        {suggested === undefined ? (
          <p role="status">{t('common.loading')}</p>
        ) : suggested.length === 0 ? (
          <p className="muted">{theme.categories.length === 0 ? t('townHall.resources.noCategories') : t('townHall.resources.noSuggestions')}</p>
        ) : (
          <ul className="th-resource-list">
            {suggested.map((service) => (
              <li key={service.id}>
                <label className="check">
                  <input type="checkbox" checked={pickedIds.has(service.id)} disabled={readOnly} onChange={() => toggle('serviceIds', service.id)} /> {service.name}{' '}
                  <span className="muted">
                    — {service.organizationName} · {categoryLabelIn(language, service.category, categories.find((c) => c.id === service.category)?.label)}
                    {service.citywide ? ` · ${t('townHall.resources.citywide')}` : ''}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </section>
      {!readOnly && (
        <>
          <section aria-labelledby="th-named-title">
            <h3 id="th-named-title">{t('townHall.resources.nameOrganization')}</h3>
            <form
              className="th-inline-form"
              onSubmit={(event) => {
                event.preventDefault()
                name()
              }}
            >
              <label htmlFor="th-name-org" className="visually-hidden">
                {t('townHall.panel.organization')}
              </label>
              <input id="th-name-org" list="th-name-orgs" value={naming} onChange={(e) => setNaming(e.target.value)} autoComplete="off" />
              <datalist id="th-name-orgs">
                {organizations.map((o) => (
                  <option key={o.id} value={o.name} />
                ))}
              </datalist>
              <button type="submit" className="button small">
                {t('townHall.resources.addNamed')}
              </button>
            </form>
          </section>
          <details className="th-categories">
            <summary>{t('townHall.resources.categories', { count: theme.categories.length })}</summary>
            <div className="th-category-grid">
              {categories.map((category) => (
                <label key={category.id} className="check">
                  <input type="checkbox" checked={theme.categories.includes(category.id)} onChange={() => toggle('categories', category.id)} /> {categoryLabelIn(language, category.id, category.label)}
                </label>
              ))}
            </div>
          </details>
          <AddMissingResource
            townHall={townHall}
            categories={categories}
            defaultCategory={theme.categories[0] ?? ''}
            organizations={organizations}
            onAdded={(service) => {
              toggle('serviceIds', service.id)
              say(t('townHall.resources.added', { name: service.name }))
            }}
          />
        </>
      )}
    </Dialog>
  )
}
