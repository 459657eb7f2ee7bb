// The console's side panel: gaps, resources and links, what was captured, action items, the
// evaluation and the sign-in sheet, each a tab one shortcut away (Alt+Shift+letter).
import './side-panel.css'
import './side-panel-tables.css'
import { useState } from 'react'
import type { Scenario } from '../../../../../shared/scenario/schema'
import type { SessionDocument } from '../../../../../shared/session/document'
import type { Participant } from '../../../../../shared/session/model'
import { Tabs } from '../../../components/Tabs'
import { useT } from '../../../i18n/use-t'
import { GapsPanel } from '../map/GapsPanel'
import { ResourcesPanel } from '../map/ResourcesPanel'
import type { SessionMapState } from '../map/use-session-map'
import { SignInSheet } from '../SignInSheet'
import type { Perform } from '../use-session-document'
import { ActionItems } from './ActionItems'
import { EntryList } from './EntryList'
import { Evaluation } from './Evaluation'

type PanelId = 'gaps' | 'resources' | 'notes' | 'actions' | 'evaluation' | 'people'

interface Props {
  sessionId: string
  scenario: Scenario
  document: SessionDocument
  moduleId: string
  participants: readonly Participant[]
  areaNumber: number
  map: SessionMapState
  perform: Perform
  readOnly: boolean
  onParticipantsChanged: () => void
  say: (text: string) => void
}

export function SidePanel({ sessionId, scenario, document, moduleId, participants, areaNumber, map, perform, readOnly, onParticipantsChanged, say }: Props) {
  const t = useT()
  const [selected, setSelected] = useState<PanelId>('gaps')
  // A link selected on the map shows what it commits, in Resources.
  const selectedEdgeId = map.selectedEdge?.id
  const [shownEdgeId, setShownEdgeId] = useState(selectedEdgeId)
  if (selectedEdgeId !== shownEdgeId) {
    setShownEdgeId(selectedEdgeId)
    if (selectedEdgeId) setSelected('resources')
  }
  // A finished session is read, not changed: every control in the panels is disabled.
  const editable = (content: React.ReactNode) => (
    <fieldset className="panel-fieldset" disabled={readOnly}>
      {content}
    </fieldset>
  )
  return (
    <aside className="console-side" aria-label={t('console.side')}>
      <Tabs<PanelId>
        label={t('console.side')}
        selected={selected}
        onSelect={setSelected}
        tabs={[
          { id: 'gaps', label: t('console.tab.gaps', { count: map.gaps.length }), shortcut: 'g', content: editable(<GapsPanel map={map} readOnly={readOnly} />) },
          { id: 'resources', label: t('console.tab.resources'), shortcut: 'r', content: editable(<ResourcesPanel map={map} areaNumber={areaNumber} />) },
          { id: 'notes', label: t('console.tab.notes', { count: document.entries.length }), shortcut: 'n', content: editable(<EntryList document={document} moduleId={moduleId} perform={perform} organizationName={(id) => participants.find((p) => p.organizationId === id)?.organizationName} />) },
          { id: 'actions', label: t('console.tab.actions', { count: document.actionItems.length }), shortcut: 'a', content: editable(<ActionItems sessionId={sessionId} document={document} participants={participants} perform={perform} />) },
          { id: 'evaluation', label: t('console.tab.evaluation'), shortcut: 'e', content: editable(<Evaluation scenario={scenario} document={document} perform={perform} fill={map.fill} />) },
          {
            id: 'people',
            label: t('console.tab.people', { count: participants.length }),
            shortcut: 'p',
            content: <SignInSheet sessionId={sessionId} participants={participants} readOnly={readOnly} onChanged={onParticipantsChanged} say={say} />,
          },
        ]}
      />
    </aside>
  )
}
