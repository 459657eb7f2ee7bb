// The app shell: sidebar of sections, the current screen, and launch notices.
import { useEffect, useState } from 'react'
import type { AppInfo } from '../../shared/contract'
import { call } from './api/client'
import { ErrorBoundary } from './components/ErrorBoundary'
import { Notices } from './components/Notices'
import { Sidebar } from './components/Sidebar'
import { CommunityAreasScreen } from './sections/areas/CommunityAreasScreen'
import { InventoryScreen } from './sections/inventory/InventoryScreen'
import { ScenariosScreen } from './sections/scenarios/ScenariosScreen'
import { PresenterScreen } from './sections/sessions/PresenterScreen'
import { SessionsScreen } from './sections/sessions/SessionsScreen'
import { SettingsScreen } from './sections/settings/SettingsScreen'
import { TownHallPresenter } from './sections/townhalls/TownHallPresenter'
import { TownHallsScreen } from './sections/townhalls/TownHallsScreen'
import { useT } from './i18n/use-t'
import { useHashSection } from './use-hash-section'
import { useSectionShortcuts } from './use-section-shortcuts'

const SCREENS: Record<string, () => React.JSX.Element> = {
  areas: CommunityAreasScreen,
  inventory: InventoryScreen,
  scenarios: ScenariosScreen,
  sessions: SessionsScreen,
  settings: SettingsScreen,
  'town-halls': TownHallsScreen,
}

export function App() {
  const presenting = /^#\/present\/([0-9a-f-]{36})$/.exec(window.location.hash)
  if (presenting) return <PresenterScreen sessionId={presenting[1]!} />
  const townHallPresenting = /^#\/present-town-hall\/([0-9a-f-]{36})$/.exec(window.location.hash)
  if (townHallPresenting) return <TownHallPresenter townHallId={townHallPresenting[1]!} />
  return <MainWindow />
}

function MainWindow() {
  const t = useT()
  const [section, goTo] = useHashSection()
  const [info, setInfo] = useState<AppInfo | undefined>()
  useSectionShortcuts(goTo)

  useEffect(() => {
    call('app.info', {}).then(setInfo, () => setInfo(undefined))
  }, [])

  const Screen = SCREENS[section.id]!
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('shell.skipToMain')}
      </a>
      <Sidebar current={section.id} onSelect={goTo} info={info} />
      <main id="main" className="main" tabIndex={-1}>
        <Notices notices={info?.notices ?? []} />
        <ErrorBoundary key={section.id}>
          <Screen />
        </ErrorBoundary>
      </main>
    </div>
  )
}
