// The resource inventory: who can deliver what, where, when, in which languages and how much.
import { Columns3, Download, Ellipsis, FileDown, FileUp, FolderUp, Pencil, Plus, Search, Trash2, X } from 'lucide-react'
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { LANGUAGE_NAMES } from '../../../../shared/inventory/languages'
import type { ImportPreview, Organization, Service, ServiceListItem } from '../../../../shared/inventory/model'
import { DAY_NAMES } from '../../../../shared/inventory/schedule'
import { call, errorMessage } from '../../api/client'
import { useCategories } from '../../api/use-categories'
import { useCommunityAreas } from '../../api/use-community-areas'
import { AreaOptions, CategoryOptions } from '../../components/Options'
import { Toast, type ToastMessage } from '../../components/Toast'
import { downloadBase64, downloadText, fileToBase64 } from '../../lib/download'
import { COLUMNS, DEFAULT_COLUMN_IDS, type SortKey } from './columns'
import { nowAsWeekTime } from './format'
import { ImportDialog } from './ImportDialog'
import { OrganizationEditor } from './OrganizationEditor'
import { ServiceEditor } from './ServiceEditor'
import { ServiceTable } from './ServiceTable'
import { useServicePages } from './use-service-pages'

type OpenAt = { mode: 'any' } | { mode: 'now' } | { mode: 'at'; day: number; time: string }

interface Filters {
  query: string
  organizationId: string
  areaNumber: string
  category: string
  language: string
  status: string
  staleMonths: string
  openAt: OpenAt
  sort: SortKey
  direction: 'asc' | 'desc'
}

const INITIAL_FILTERS: Filters = {
  query: '',
  organizationId: '',
  areaNumber: '',
  category: '',
  language: '',
  status: '',
  staleMonths: '',
  openAt: { mode: 'any' },
  sort: 'name',
  direction: 'asc',
}

const COLUMN_STORAGE_KEY = 'roundtable.inventory.columns'

export function InventoryScreen() {
  const areas = useCommunityAreas()
  const { categories, reload: reloadCategories } = useCategories()
  const columnContext = useMemo(() => ({ areaNames: new Map(areas.map((a) => [a.number, a.name])), categories }), [areas, categories])
  const [filters, setFilters] = useState<Filters>(INITIAL_FILTERS)
  const [organizations, setOrganizations] = useState<(Organization & { serviceCount: number })[]>([])
  const [columns, setColumns] = useState<string[]>(() => loadColumns())
  const [editing, setEditing] = useState<{ service: Service | undefined } | undefined>()
  const [editingOrganization, setEditingOrganization] = useState<{ organization: Organization | undefined } | undefined>()
  const [preview, setPreview] = useState<ImportPreview | undefined>()
  const [toast, setToast] = useState<ToastMessage | undefined>()
  const [problem, setProblem] = useState<string | undefined>()
  const fileInput = useRef<HTMLInputElement>(null)
  const folderInput = useRef<HTMLInputElement>(null)
  const ids = { search: useId(), organization: useId(), area: useId(), category: useId(), language: useId(), status: useId(), stale: useId(), openAt: useId(), day: useId(), time: useId() }

  const apiFilter = useMemo(() => toApiFilter(filters), [filters])
  const { total, error, itemAt, loadPage, reload } = useServicePages(apiFilter)

  const loadOrganizations = useCallback(() => {
    call('inventory.listOrganizations', {}).then(setOrganizations, (e: unknown) => setProblem(errorMessage(e)))
  }, [])
  useEffect(loadOrganizations, [loadOrganizations])
  useEffect(() => localStorage.setItem(COLUMN_STORAGE_KEY, JSON.stringify(columns)), [columns])

  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((previous) => ({ ...previous, [key]: value }))
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

  async function chooseFiles(files: readonly File[]): Promise<void> {
    setProblem(undefined)
    try {
      const uploads = await Promise.all(files.map(async (file) => ({ fileName: file.name, contentBase64: await fileToBase64(file) })))
      setPreview(await call('inventory.previewImport', { files: uploads }))
    } catch (e) {
      setProblem(errorMessage(e))
    }
  }

  async function exportFile(kind: 'inventory.exportCsv' | 'inventory.csvTemplate' | 'inventory.exportHsds'): Promise<void> {
    try {
      if (kind === 'inventory.exportHsds') {
        const { fileName, contentBase64 } = await call(kind, {})
        downloadBase64(fileName, contentBase64, 'application/zip')
      } else {
        const { fileName, content } = await call(kind, {})
        downloadText(fileName, content)
      }
    } catch (e) {
      setProblem(errorMessage(e))
    }
  }

  async function removeStarter(): Promise<void> {
    if (!window.confirm('Remove the sample organizations and services that came with Roundtable? Your own records stay.')) return
    try {
      const removed = await call('inventory.removeStarter', {})
      refresh()
      say(`Removed ${removed.services} sample services and ${removed.organizations} sample organizations.`)
    } catch (e) {
      setProblem(errorMessage(e))
    }
  }

  const organization = organizations.find((o) => o.id === filters.organizationId)
  const hasFilters = JSON.stringify({ ...filters, sort: 'name', direction: 'asc' }) !== JSON.stringify(INITIAL_FILTERS)

  return (
    <section className="screen wide-screen" aria-labelledby="inventory-title">
      <header className="screen-header with-actions">
        <div>
          <h1 id="inventory-title">Inventory</h1>
          <p className="lede">Who can deliver what, where, when, in which languages and how much.</p>
        </div>
        <div className="button-row">
          <button type="button" className="button primary" onClick={() => setEditing({ service: undefined })}>
            <Plus aria-hidden="true" /> Add service
          </button>
          <button type="button" className="button" onClick={() => setEditingOrganization({ organization: undefined })}>
            <Plus aria-hidden="true" /> Add organization
          </button>
          <button type="button" className="button" onClick={() => fileInput.current?.click()}>
            <FileUp aria-hidden="true" /> Import…
          </button>
          <button type="button" className="button" onClick={() => void exportFile('inventory.exportCsv')}>
            <FileDown aria-hidden="true" /> Export CSV
          </button>
          <button type="button" className="button" onClick={() => void exportFile('inventory.exportHsds')}>
            <FileDown aria-hidden="true" /> Export HSDS
          </button>
          <details className="menu">
            <summary className="button quiet">
              <Ellipsis aria-hidden="true" /> More
            </summary>
            <div className="menu-items">
              <button type="button" className="button quiet" onClick={() => folderInput.current?.click()}>
                <FolderUp aria-hidden="true" /> Import an HSDS folder…
              </button>
              <button type="button" className="button quiet" onClick={() => void exportFile('inventory.csvTemplate')}>
                <Download aria-hidden="true" /> Save a CSV template
              </button>
              <button type="button" className="button quiet" onClick={() => void removeStarter()}>
                <Trash2 aria-hidden="true" /> Remove the sample inventory
              </button>
            </div>
          </details>
          <input
            ref={fileInput}
            type="file"
            accept=".csv,.zip,.json,text/csv,application/zip,application/json"
            multiple
            hidden
            aria-label="Inventory files to import: a Roundtable CSV, an HSDS package (zip or its CSV files) or HSDS JSON"
            data-testid="inventory-file-input"
            onChange={(event) => {
              const files = [...(event.target.files ?? [])]
              event.target.value = ''
              if (files.length > 0) void chooseFiles(files)
            }}
          />
          <input
            ref={folderInput}
            type="file"
            hidden
            aria-label="Folder of an HSDS package to import"
            {...{ webkitdirectory: '' }}
            onChange={(event) => {
              const files = [...(event.target.files ?? [])].filter((file) => /\.(csv|json)$/i.test(file.name))
              event.target.value = ''
              if (files.length > 0) void chooseFiles(files)
            }}
          />
        </div>
      </header>

      <div className="filters" role="search" aria-label="Filter the inventory">
        <div className="filter search-filter">
          <label htmlFor={ids.search}>Search</label>
          <div className="input-with-icon">
            <Search aria-hidden="true" />
            <input id={ids.search} type="search" value={filters.query} maxLength={200} placeholder="Service, organization, description" onChange={(e) => set('query', e.target.value)} />
          </div>
        </div>
        <div className="filter">
          <label htmlFor={ids.organization}>Organization</label>
          <select id={ids.organization} value={filters.organizationId} onChange={(e) => set('organizationId', e.target.value)}>
            <option value="">Any organization</option>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor={ids.area}>Area served</label>
          <select id={ids.area} value={filters.areaNumber} onChange={(e) => set('areaNumber', e.target.value)}>
            <option value="">Any area</option>
            {areas.some((a) => a.isFocus) && (
              <optgroup label="Focus areas">
                {areas.filter((a) => a.isFocus).map((a) => (
                  <option key={a.number} value={a.number}>
                    {a.name}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label="All areas">
              <AreaOptions areas={areas} numbered />
            </optgroup>
          </select>
        </div>
        <div className="filter">
          <label htmlFor={ids.category}>Category</label>
          <select id={ids.category} value={filters.category} onChange={(e) => set('category', e.target.value)}>
            <option value="">Any category</option>
            <CategoryOptions categories={categories} />
          </select>
        </div>
        <div className="filter">
          <label htmlFor={ids.language}>Language</label>
          <select id={ids.language} value={filters.language} onChange={(e) => set('language', e.target.value)}>
            <option value="">Any language</option>
            {Object.entries(LANGUAGE_NAMES).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor={ids.openAt}>Open</label>
          <select
            id={ids.openAt}
            value={filters.openAt.mode}
            onChange={(e) => {
              const mode = e.target.value as OpenAt['mode']
              set('openAt', mode === 'at' ? { mode, day: 5, time: '23:00' } : { mode })
            }}
          >
            <option value="any">Any time</option>
            <option value="now">Right now</option>
            <option value="at">At a day and time…</option>
          </select>
        </div>
        {filters.openAt.mode === 'at' && (
          <>
            <div className="filter narrow">
              <label htmlFor={ids.day}>Day</label>
              <select id={ids.day} value={filters.openAt.day} onChange={(e) => set('openAt', { ...(filters.openAt as Extract<OpenAt, { mode: 'at' }>), day: Number(e.target.value) })}>
                {DAY_NAMES.map((name, day) => (
                  <option key={name} value={day}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
            <div className="filter narrow">
              <label htmlFor={ids.time}>Time</label>
              <input id={ids.time} type="time" value={filters.openAt.time} onChange={(e) => set('openAt', { ...(filters.openAt as Extract<OpenAt, { mode: 'at' }>), time: e.target.value })} />
            </div>
          </>
        )}
        <div className="filter">
          <label htmlFor={ids.status}>Status</label>
          <select id={ids.status} value={filters.status} onChange={(e) => set('status', e.target.value)}>
            <option value="">Any status</option>
            <option value="active">Active</option>
            <option value="paused">Paused</option>
            <option value="ended">Ended</option>
          </select>
        </div>
        <div className="filter">
          <label htmlFor={ids.stale}>Last verified</label>
          <select id={ids.stale} value={filters.staleMonths} onChange={(e) => set('staleMonths', e.target.value)}>
            <option value="">Any time</option>
            <option value="6">Not in 6 months</option>
            <option value="12">Not in 12 months</option>
            <option value="24">Not in 24 months</option>
          </select>
        </div>
        <details className="column-chooser">
          <summary className="button quiet">
            <Columns3 aria-hidden="true" /> Columns
          </summary>
          <fieldset>
            <legend>Show columns</legend>
            {COLUMNS.map((column) => (
              <label key={column.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={columns.includes(column.id)}
                  onChange={(e) =>
                    setColumns((previous) => (e.target.checked ? COLUMNS.map((c) => c.id).filter((id) => id === column.id || previous.includes(id)) : previous.filter((id) => id !== column.id)))
                  }
                />
                {column.label}
              </label>
            ))}
          </fieldset>
        </details>
      </div>

      {organization && (
        <div className="organization-card" aria-label={`Organization: ${organization.name}`} role="region">
          <div>
            <h2>{organization.name}</h2>
            <p className="muted">
              {[organization.contactPerson, organization.phone, organization.email].filter(Boolean).join(' · ') || 'No contact details yet'} · {organization.serviceCount} services
            </p>
          </div>
          <div className="button-row">
            <button type="button" className="button" onClick={() => setEditingOrganization({ organization })}>
              <Pencil aria-hidden="true" /> Edit organization
            </button>
            <button type="button" className="button quiet" onClick={() => set('organizationId', '')}>
              <X aria-hidden="true" /> All organizations
            </button>
          </div>
        </div>
      )}

      <div className="result-line">
        <p className="result-count" role="status" aria-live="polite">
          {total === undefined ? 'Loading…' : `${total.toLocaleString()} ${total === 1 ? 'service' : 'services'}`}
        </p>
        {hasFilters && (
          <button type="button" className="button quiet" onClick={() => setFilters((previous) => ({ ...INITIAL_FILTERS, sort: previous.sort, direction: previous.direction }))}>
            Clear filters
          </button>
        )}
      </div>

      {(error ?? problem) && (
        <div className="inline-error" role="alert">
          <p>{error ?? problem}</p>
          <button type="button" className="button" onClick={() => { setProblem(undefined); refresh() }}>
            Try again
          </button>
        </div>
      )}

      {total === 0 ? (
        <p className="empty">
          {hasFilters ? 'No service matches these filters. Clear a filter to see more.' : 'The inventory is empty. Add a service, or import a CSV file.'}
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

      {editing && (
        <ServiceEditor
          service={editing.service}
          organizations={organizations}
          areas={areas}
          categories={categories}
          onCategoryAdded={reloadCategories}
          defaultOrganizationId={filters.organizationId || undefined}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            setEditing(undefined)
            refresh()
            say(editing.service ? `Saved ${saved.name}.` : `Added ${saved.name}.`)
          }}
          onDeleted={(deleted) => {
            setEditing(undefined)
            refresh()
            say(`Deleted ${deleted.name}.`, {
              label: 'Undo',
              run: () => {
                call('inventory.restoreService', { service: deleted }).then(
                  () => {
                    refresh()
                    say(`Restored ${deleted.name}.`)
                  },
                  (e: unknown) => setProblem(errorMessage(e)),
                )
              },
            })
          }}
        />
      )}
      {editingOrganization && (
        <OrganizationEditor
          organization={editingOrganization.organization}
          areas={areas}
          onClose={() => setEditingOrganization(undefined)}
          onSaved={(saved) => {
            setEditingOrganization(undefined)
            refresh()
            say(editingOrganization.organization ? `Saved ${saved.name}.` : `Added ${saved.name}.`)
            if (!editingOrganization.organization) set('organizationId', saved.id)
          }}
          onDeleted={(deleted) => {
            setEditingOrganization(undefined)
            set('organizationId', '')
            refresh()
            say(`Deleted ${deleted.organization.name} and its ${deleted.services.length} services.`, {
              label: 'Undo',
              run: () => {
                call('inventory.restoreOrganization', deleted).then(
                  () => {
                    refresh()
                    say(`Restored ${deleted.organization.name}.`)
                  },
                  (e: unknown) => setProblem(errorMessage(e)),
                )
              },
            })
          }}
        />
      )}
      {preview && (
        <ImportDialog
          preview={preview}
          onClose={() => setPreview(undefined)}
          onImported={(message) => {
            setPreview(undefined)
            refresh()
            say(message)
          }}
        />
      )}
      <Toast message={toast} onDone={clearToast} />
    </section>
  )
}

function toApiFilter(filters: Filters) {
  const openAt =
    filters.openAt.mode === 'now'
      ? nowAsWeekTime()
      : filters.openAt.mode === 'at'
        ? { day: filters.openAt.day, minute: minutesOfTime(filters.openAt.time) }
        : undefined
  return {
    query: filters.query.trim(),
    sort: filters.sort,
    direction: filters.direction,
    ...(filters.organizationId ? { organizationId: filters.organizationId } : {}),
    ...(filters.areaNumber ? { areaNumber: Number(filters.areaNumber) } : {}),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.language ? { language: filters.language } : {}),
    ...(filters.status ? { status: filters.status as 'active' | 'paused' | 'ended' } : {}),
    ...(filters.staleMonths ? { staleMonths: Number(filters.staleMonths) } : {}),
    ...(openAt ? { availableAt: openAt } : {}),
  }
}

function minutesOfTime(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return Math.min(1439, hours * 60 + minutes)
}

function loadColumns(): string[] {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(COLUMN_STORAGE_KEY) ?? 'null')
    if (Array.isArray(saved) && saved.every((id) => typeof id === 'string')) return saved.filter((id) => COLUMNS.some((c) => c.id === id))
  } catch {
    // A damaged setting falls back to the default columns.
  }
  return DEFAULT_COLUMN_IDS
}
