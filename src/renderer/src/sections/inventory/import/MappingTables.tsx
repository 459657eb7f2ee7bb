// The source's words Roundtable does not know, one row each: a category for each taxonomy term
// (or service name), a community area for each area name. A change applies at once: the preview
// is planned again and every count above follows.
import type { ReactNode } from 'react'
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

interface Row {
  key: string
  how: ImportPreview['categoryTerms'][number]['how']
}

/** One mapping table: a row per source word, its services, and the choice made for it. */
function MappingTable<R extends Row>(props: {
  id: string
  heading: string
  columns: [string, string, string]
  rows: readonly R[]
  word: (row: R) => ReactNode
  services: (row: R) => ReactNode
  choice: (row: R) => ReactNode
}) {
  if (props.rows.length === 0) return null
  return (
    <section aria-labelledby={props.id}>
      <h3 id={props.id} className="import-heading">
        {props.heading}
      </h3>
      <div className="problem-scroll mapping-scroll">
        <table className="data-table mapping-table">
          <thead>
            <tr>
              {props.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{props.word(row)}</th>
                <td>{props.services(row)}</td>
                <td>
                  <div className="mapping-choice">
                    {props.choice(row)}
                    <HowBadge how={row.how} />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
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
      <MappingTable
        id="import-categories-heading"
        heading={t(byName ? 'import.mapping.categoriesByName' : 'import.mapping.categoriesHeading', { count: categoryTerms.length })}
        columns={[t(byName ? 'import.mapping.service' : 'import.mapping.term'), t('import.mapping.services'), t('import.mapping.category')]}
        rows={categoryTerms}
        word={(term) => (
          <>
            {term.term}
            {mixed && !term.fromTaxonomy && <span className="muted"> ({t('import.mapping.serviceName')})</span>}
            {term.evidence.length > 0 && (
              <span className="mapping-evidence">
                {t('import.mapping.suggestedFrom', { found: term.evidence.map((e) => t(`import.mapping.foundIn.${e.field}`, { words: e.words })).join(', ') })}
              </span>
            )}
          </>
        )}
        services={(term) => (term.fromTaxonomy ? `${term.serviceCount} · ${term.examples.join(', ')}${term.serviceCount > term.examples.length ? '…' : ''}` : term.serviceCount)}
        choice={(term) => (
          <select
            aria-label={t('import.mapping.categoryFor', { term: term.term })}
            value={term.categoryId}
            onChange={(event) => onChange({ categories: [{ key: term.key, categoryId: event.target.value }], areas: [] })}
          >
            <CategoryOptions categories={categories} />
          </select>
        )}
      />
      <MappingTable
        id="import-areas-heading"
        heading={t('import.mapping.areasHeading', { count: areaTerms.length })}
        columns={[t('import.mapping.areaName'), t('import.mapping.services'), t('import.mapping.area')]}
        rows={areaTerms}
        word={(term) => term.term}
        services={(term) => term.serviceCount}
        choice={(term) => (
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
        )}
      />
    </>
  )
}
