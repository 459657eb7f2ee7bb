// The inventory table: virtualized rows (only those on screen exist), sortable headers, and
// pages fetched as they scroll into view.
import { useVirtualizer } from '@tanstack/react-virtual'
import { ArrowDown, ArrowUp } from 'lucide-react'
import { useEffect, useRef } from 'react'
import type { ServiceListItem } from '../../../../shared/inventory/model'
import { useT } from '../../i18n/use-t'
import { COLUMNS, type ColumnContext, type SortKey } from './columns'
import { PAGE_SIZE } from './use-service-pages'

const ROW_HEIGHT = 50

interface Props {
  total: number
  itemAt: (index: number) => ServiceListItem | undefined
  loadPage: (page: number) => void
  visibleColumns: readonly string[]
  context: ColumnContext
  sort: SortKey
  direction: 'asc' | 'desc'
  onSort: (sort: SortKey) => void
  onOpen: (service: ServiceListItem) => void
  onOrganization: (service: ServiceListItem) => void
}

export function ServiceTable({ total, itemAt, loadPage, visibleColumns, context, sort, direction, onSort, onOpen, onOrganization }: Props) {
  const t = useT()
  const scrollRef = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })
  const rows = virtualizer.getVirtualItems()
  const first = rows[0]?.index ?? 0
  const last = rows[rows.length - 1]?.index ?? 0

  useEffect(() => {
    for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) loadPage(page)
  }, [first, last, loadPage])

  const columns = COLUMNS.filter((c) => visibleColumns.includes(c.id))
  const paddingTop = rows[0]?.start ?? 0
  const paddingBottom = rows.length > 0 ? virtualizer.getTotalSize() - rows[rows.length - 1]!.end : 0

  return (
    <div className="table-scroll" ref={scrollRef} tabIndex={-1}>
      <table className="data-table services-table" aria-rowcount={total + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <SortableHeader label={t('inventory.col.service')} sortKey="name" width="22%" sort={sort} direction={direction} onSort={onSort} />
            {columns.map((column) =>
              column.sort ? (
                <SortableHeader key={column.id} label={t(column.label)} sortKey={column.sort} width={column.width} sort={sort} direction={direction} onSort={onSort} />
              ) : (
                <th key={column.id} scope="col" style={{ width: column.width }}>
                  {t(column.label)}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td style={{ height: paddingTop }} colSpan={columns.length + 1} />
            </tr>
          )}
          {rows.map((row) => {
            const service = itemAt(row.index)
            return (
              <tr key={row.index} aria-rowindex={row.index + 2} style={{ height: ROW_HEIGHT }} className={service?.status !== 'active' ? 'inactive' : undefined}>
                {service ? (
                  <>
                    <th scope="row">
                      <button type="button" className="link-button" onClick={() => onOpen(service)}>
                        {service.name}
                        {service.status !== 'active' && <span className="status-badge"> {t('inventory.statusBadge', { status: service.status })}</span>}
                      </button>
                    </th>
                    {columns.map((column) =>
                      column.id === 'organization' ? (
                        <td key={column.id}>
                          <button type="button" className="link-button quiet clamp" onClick={() => onOrganization(service)} title={t('inventory.showOnly', { name: service.organizationName })}>
                            {service.organizationName}
                          </button>
                        </td>
                      ) : (
                        <td key={column.id}>
                          <span className="clamp" title={column.text(service, context)}>
                            {column.text(service, context)}
                          </span>
                        </td>
                      ),
                    )}
                  </>
                ) : (
                  <td colSpan={columns.length + 1} className="muted">
                    {t('common.loading')}
                  </td>
                )}
              </tr>
            )
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td style={{ height: paddingBottom }} colSpan={columns.length + 1} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}

function SortableHeader(props: {
  label: string
  sortKey: SortKey
  width: string
  sort: SortKey
  direction: 'asc' | 'desc'
  onSort: (sort: SortKey) => void
}) {
  const active = props.sort === props.sortKey
  const Arrow = props.direction === 'asc' ? ArrowUp : ArrowDown
  return (
    <th scope="col" style={{ width: props.width }} aria-sort={active ? (props.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => props.onSort(props.sortKey)}>
        {props.label}
        {active && <Arrow aria-hidden="true" />}
      </button>
    </th>
  )
}
