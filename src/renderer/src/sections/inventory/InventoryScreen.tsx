// The resource inventory: who can deliver what, where, when, in which languages and how much.
import './inventory.css'
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ImportPreview, Organization, Service, ServiceListItem } from '../../../../shared/inventory/model'
import type { ImportJob } from '../../../../shared/inventory/import-job'
import { ImportReading } from './import/ImportReading'
import { call, errorMessage } from '../../api/client'
import { useCategories } from '../../api/use-categories'
import { useCommunityAreas } from '../../api/use-community-areas'
import { Toast, type ToastMessage } from '../../components/Toast'
import { hasFilters, INITIAL_FILTERS, toApiFilter, type Filters, type SetFilter } from './screen/filters'
import { InventoryActions } from './screen/InventoryActions'
import { InventoryDialogs, type Editing } from './screen/InventoryDialogs'
import { InventoryFilters } from './screen/InventoryFilters'
import { OrganizationCard } from './screen/OrganizationCard'
import { useVisibleColumns } from './screen/use-visible-columns'
import { ServiceTable } from './ServiceTable'
import { useServicePages } from './use-service-pages'
import { useT } from '../../i18n/use-t'

export function InventoryScreen() {
  const t = useT()
  const areas = useCommunityAreas()
  const { categories, reload: reloadCategories } = useCategories()
  const columnContext = useMemo(() => ({ areaNames: new Map(areas.map((a) => [a.number, a.name])), categories }), [areas, categories])
  const [filters, setFilters] = useState<Filters>(INITIAL_FILTERS)
  const [organizations, setOrganizations] = useState<(Organization & { serviceCount: number })[]>([])
  const [columns, setColumns] = useVisibleColumns()
  const [editing, setEditing] = useState<Editing<'service', Service>>()
  const [editingOrganization, setEditingOrganization] = useState<Editing<'organization', Organization>>()
  const [preview, setPreview] = useState<ImportPreview | undefined>()
  const [reading, setReading] = useState<{ job: ImportJob; label: string } | undefined>()
  const [toast, setToast] = useState<ToastMessage | undefined>()
  const [problem, setProblem] = useState<string | undefined>()

  const apiFilter = useMemo(() => toApiFilter(filters), [filters])
  const { total, error, itemAt, loadPage, reload } = useServicePages(apiFilter)

  const loadOrganizations = useCallback(() => {
    call('inventory.listOrganizations', {}).then(setOrganizations, (e: unknown) => setProblem(errorMessage(e)))
  }, [])
  useEffect(loadOrganizations, [loadOrganizations])

  const set: SetFilter = (key, value) => setFilters((previous) => ({ ...previous, [key]: value }))
  const clearToast = useCallback(() => setToast(undefined), [])
  const say = (text: string, action?: ToastMessage['action']) => setToast({ id: Date.now(), text, ...(action ? { action } : {}) })
  const refresh = () => {
    reload()
    loadOrganizations()
  }

  async function openService(item: ServiceListItem): Promise<void> {
    try {
      setEditing({ service: await call('inventory.getService', { id: item.id }) })
    } catch (e) {
      setProblem(errorMessage(e))
    }
  }

  const organization = organizations.find((o) => o.id === filters.organizationId)
  const filtered = hasFilters(filters)

  return (
    <section className="screen wide-screen" aria-labelledby="inventory-title">
      <header className="screen-header with-actions">
        <div>
          <h1 id="inventory-title">{t('inventory.title')}</h1>
          <p className="lede">{t('inventory.lede')}</p>
        </div>
        <InventoryActions
          onAddService={() => setEditing({ service: undefined })}
          onAddOrganization={() => setEditingOrganization({ organization: undefined })}
          onReading={(job, label) => {
            if (job.preview) setPreview(job.preview)
            else setReading({ job, label })
          }}
          onStarterRemoved={(removed) => {
            refresh()
            say(t('inventory.starterRemoved', { services: removed.services, organizations: removed.organizations }))
          }}
          onProblem={setProblem}
        />
      </header>

      <InventoryFilters filters={filters} set={set} organizations={organizations} areas={areas} categories={categories} columns={columns} onColumnsChange={setColumns} />

      {organization && <OrganizationCard organization={organization} onEdit={() => setEditingOrganization({ organization })} onShowAll={() => set('organizationId', '')} />}

      <div className="result-line">
        <p className="result-count" role="status" aria-live="polite">
          {total === undefined ? t('common.loading') : t('inventory.serviceCount', { count: total })}
        </p>
        {filtered && (
          <button type="button" className="button quiet" onClick={() => setFilters((previous) => ({ ...INITIAL_FILTERS, sort: previous.sort, direction: previous.direction }))}>
            {t('inventory.clearFilters')}
          </button>
        )}
      </div>

      {(error ?? problem) && (
        <div className="inline-error" role="alert">
          <p>{error ?? problem}</p>
          <button type="button" className="button" onClick={() => { setProblem(undefined); refresh() }}>
            {t('inventory.tryAgain')}
          </button>
        </div>
      )}

      {total === 0 ? (
        <p className="empty">
          {filtered ? t('inventory.noMatch') : t('inventory.empty')}
        </p>
      ) : (
        total !== undefined && (
          <ServiceTable
            total={total}
            itemAt={itemAt}
            loadPage={loadPage}
            visibleColumns={columns}
            context={columnContext}
            sort={filters.sort}
            direction={filters.direction}
            onSort={(sort) =>
              setFilters((previous) => ({ ...previous, sort, direction: previous.sort === sort && previous.direction === 'asc' ? 'desc' : 'asc' }))
            }
            onOpen={(item) => void openService(item)}
            onOrganization={(item) => set('organizationId', item.organizationId)}
          />
        )
      )}

      {reading && (
        <ImportReading
          job={reading.job}
          label={reading.label}
          onReady={(ready) => {
            setReading(undefined)
            setPreview(ready)
          }}
          onFailed={(message) => {
            setReading(undefined)
            setProblem(message)
          }}
          onCancelled={() => setReading(undefined)}
        />
      )}
      <InventoryDialogs
        editing={editing}
        editingOrganization={editingOrganization}
        preview={preview}
        onCloseService={() => setEditing(undefined)}
        onCloseOrganization={() => setEditingOrganization(undefined)}
        onClosePreview={() => setPreview(undefined)}
        organizations={organizations}
        areas={areas}
        categories={categories}
        onCategoryAdded={reloadCategories}
        organizationId={filters.organizationId}
        showOrganization={(id) => set('organizationId', id)}
        refresh={refresh}
        say={say}
        onProblem={setProblem}
      />
      <Toast message={toast} onDone={clearToast} />
    </section>
  )
}
