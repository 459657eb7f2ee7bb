// The source's words Roundtable does not know, one row each: a category for each taxonomy term
// (or service name), a community area for each area name. A change applies at once: the preview
// is planned again and every count above follows.
import type { CommunityArea } from '../../../../../shared/community-areas'
import type { ImportPreview, ImportRemap } from '../../../../../shared/inventory/model'
import type { Category } from '../../../../../shared/inventory/taxonomy'
import { AreaOptions, CategoryOptions } from '../../../components/Options'
import { useT } from '../../../i18n/use-t'

type Change = Pick<ImportRemap, 'categories' | 'areas'>

interface Props {
  preview: ImportPreview
  categories: readonly Category[]
  areas: readonly CommunityArea[]
  onChange: (change: Change) => void
}

function HowBadge({ how }: { how: ImportPreview['categoryTerms'][number]['how'] }) {
  const t = useT()
  if (how === 'none') return null
  return (
    <span className={`mapping-how mapping-how-${how}`}>
      {t(`import.mapping.how.${how}`)}
    </span>
  )
}

export function MappingTables({ preview, categories, areas, onChange }: Props) {
  const t = useT()
  const { categoryTerms, areaTerms } = preview
  // Terms and service names side by side are told apart; a source with no taxonomy is said once.
  const byName = categoryTerms.every((term) => !term.fromTaxonomy)
  const mixed = !byName && categoryTerms.some((term) => !term.fromTaxonomy)
  return (
    <>
      {categoryTerms.length > 0 && (
        <section aria-labelledby="import-categories-heading">
          <h3 id="import-categories-heading" className="import-heading">
            {t(byName ? 'import.mapping.categoriesByName' : 'import.mapping.categoriesHeading', { count: categoryTerms.length })}
          </h3>
          <div className="problem-scroll mapping-scroll">
            <table className="data-table mapping-table">
              <thead>
                <tr>
                  <th scope="col">{t(byName ? 'import.mapping.service' : 'import.mapping.term')}</th>
                  <th scope="col">{t('import.mapping.services')}</th>
                  <th scope="col">{t('import.mapping.category')}</th>
                </tr>
              </thead>
              <tbody>
                {categoryTerms.map((term) => (
                  <tr key={term.key}>
                    <th scope="row">
                      {term.term}
                      {mixed && !term.fromTaxonomy && <span className="muted"> ({t('import.mapping.serviceName')})</span>}
                    </th>
                    <td>
                      {term.fromTaxonomy ? `${term.serviceCount} · ${term.examples.join(', ')}${term.serviceCount > term.examples.length ? '…' : ''}` : term.serviceCount}
                    </td>
                    <td>
                      <div className="mapping-choice">
                        <select
                          aria-label={t('import.mapping.categoryFor', { term: term.term })}
                          value={term.categoryId}
                          onChange={(event) => onChange({ categories: [{ key: term.key, categoryId: event.target.value }], areas: [] })}
                        >
                          <CategoryOptions categories={categories} />
                        </select>
                        <HowBadge how={term.how} />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {areaTerms.length > 0 && (
        <section aria-labelledby="import-areas-heading">
          <h3 id="import-areas-heading" className="import-heading">
            {t('import.mapping.areasHeading', { count: areaTerms.length })}
          </h3>
          <div className="problem-scroll mapping-scroll">
            <table className="data-table mapping-table">
              <thead>
                <tr>
                  <th scope="col">{t('import.mapping.areaName')}</th>
                  <th scope="col">{t('import.mapping.services')}</th>
                  <th scope="col">{t('import.mapping.area')}</th>
                </tr>
              </thead>
              <tbody>
                {areaTerms.map((term) => (
                  <tr key={term.key}>
                    <th scope="row">{term.term}</th>
                    <td>{term.serviceCount}</td>
                    <td>
                      <div className="mapping-choice">
                        <select
                          aria-label={t('import.mapping.areaFor', { term: term.term })}
                          value={term.target === null ? '' : String(term.target)}
                          onChange={(event) => {
                            const value = event.target.value
                            const target = value === '' ? null : value === 'citywide' ? 'citywide' : Number(value)
                            onChange({ categories: [], areas: [{ key: term.key, target }] })
                          }}
                        >
                          <option value="">{t('import.mapping.leaveOut')}</option>
                          <option value="citywide">{t('import.mapping.citywide')}</option>
                          <AreaOptions areas={areas} numbered />
                        </select>
                        <HowBadge how={term.how} />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  )
}
