// The only-increasing list of schema migrations; append, never edit or reorder a shipped one.
import type { Migration } from '../migration'
import { migration0001AppSettings } from './0001-app-settings'
import { migration0002CommunityAreas } from './0002-community-areas'
import { migration0003Inventory } from './0003-inventory'
import { migration0004CustomCategories } from './0004-custom-categories'
import { migration0005Scenarios } from './0005-scenarios'
import { migration0006Sessions } from './0006-sessions'
import { migration0007SessionJournal } from './0007-session-journal'
import { migration0008Drafts } from './0008-drafts'
import { migration0009ResponseHours } from './0009-response-hours'
import { migration0010ReportSnapshot } from './0010-report-snapshot'
import { migration0011CategorySpanishLabel } from './0011-category-spanish-label'
import { migration0012SharedJournal } from './0012-shared-journal'
import { migration0013TownHalls } from './0013-town-halls'
import { migration0014ImportMappings } from './0014-import-mappings'

export const MIGRATIONS: readonly Migration[] = [
  migration0001AppSettings,
  migration0002CommunityAreas,
  migration0003Inventory,
  migration0004CustomCategories,
  migration0005Scenarios,
  migration0006Sessions,
  migration0007SessionJournal,
  migration0008Drafts,
  migration0009ResponseHours,
  migration0010ReportSnapshot,
  migration0011CategorySpanishLabel,
  migration0012SharedJournal,
  migration0013TownHalls,
  migration0014ImportMappings,
]
