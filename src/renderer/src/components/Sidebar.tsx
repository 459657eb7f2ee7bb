// The sidebar: the app's name, its sections, where the data is kept, and the language switch.
import { HardDrive } from 'lucide-react'
import type { AppInfo } from '../../../shared/contract'
import { SECTIONS } from '../sections'
import { useT } from '../i18n/use-t'
import { LanguageSwitch } from './LanguageSwitch'
import { Logo } from './Logo'

interface Props {
  current: string
  onSelect: (id: string) => void
  info: AppInfo | undefined
}

export function Sidebar({ current, onSelect, info }: Props) {
  const t = useT()
  return (
    <aside className="sidebar">
      <div className="brand">
        <Logo />
        <span className="brand-name">Roundtable</span>
      </div>
      <nav aria-label={t('shell.sections')}>
        <ul className="nav-list">
          {SECTIONS.map((section, index) => {
            const Icon = section.icon
            const isCurrent = section.id === current
            return (
              <li key={section.id}>
                <a
                  href={`#/${section.id}`}
                  className={`nav-item${isCurrent ? ' current' : ''}`}
                  aria-current={isCurrent ? 'page' : undefined}
                  aria-keyshortcuts={`Alt+${index + 1}`}
                  onClick={(event) => {
                    event.preventDefault()
                    onSelect(section.id)
                  }}
                >
                  <Icon aria-hidden="true" />
                  <span>{t(section.label)}</span>
                </a>
              </li>
            )
          })}
        </ul>
      </nav>
      {info && (
        <div className="storage-note" title={info.databaseFile}>
          <HardDrive aria-hidden="true" />
          <span>
            {t('shell.savedOnThisComputer')}
            <br />
            <span className="storage-path">{info.dataDir}</span>
          </span>
        </div>
      )}
      <LanguageSwitch />
    </aside>
  )
}
