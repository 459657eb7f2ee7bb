// Plan a town hall, or change its plan: title, community areas, date, place, topics, the
// languages of the room and the attendance expected.
import { useState } from 'react'
import { ROOM_LANGUAGES, type RoomLanguage, type TownHall } from '../../../../shared/townhall/model'
import { call, errorMessage, fieldIssuesOf } from '../../api/client'
import { useCommunityAreas } from '../../api/use-community-areas'
import { Dialog } from '../../components/Dialog'
import { DialogFooter } from '../../components/DialogFooter'
import { InlineError } from '../../components/InlineError'
import { AreaOptions } from '../../components/Options'
import { SelectField } from '../../components/SelectField'
import { TextField } from '../../components/TextField'
import { useSay, useT } from '../../i18n/use-t'
import { appToday } from '../../lib/clock'

export function TownHallForm({ townHall, onClose, onSaved }: { townHall?: TownHall | undefined; onClose: () => void; onSaved: (townHall: TownHall) => void }) {
  const t = useT()
  const say = useSay()
  const areas = useCommunityAreas()
  const [title, setTitle] = useState(townHall?.title ?? '')
  const [areaNumbers, setAreaNumbers] = useState<number[]>(townHall?.areaNumbers ?? [])
  const [adding, setAdding] = useState('')
  const [date, setDate] = useState(townHall?.date ?? appToday())
  const [place, setPlace] = useState(townHall?.place ?? '')
  const [topics, setTopics] = useState(townHall?.topics ?? '')
  const [languages, setLanguages] = useState<RoomLanguage[]>(townHall?.languages ?? ['en', 'es'])
  const [expected, setExpected] = useState(townHall?.expectedAttendance == null ? '' : String(townHall.expectedAttendance))
  const [error, setError] = useState<string | undefined>()

  async function save(): Promise<void> {
    if (title.trim() === '' || areaNumbers.length === 0) {
      setError(t('townHall.form.missing'))
      return
    }
    const fields = { title, areaNumbers, date, place, topics, languages, expectedAttendance: expected.trim() === '' ? null : Number(expected) }
    try {
      onSaved(townHall ? await call('townHalls.update', { id: townHall.id, ...fields }) : await call('townHalls.create', fields))
    } catch (caught) {
      const issue = fieldIssuesOf(caught)?.[0]
      setError(issue ? say(issue) : errorMessage(caught))
    }
  }

  const areaName = (n: number) => areas.find((a) => a.number === n)?.name ?? String(n)
  return (
    <Dialog
      title={townHall ? t('townHall.form.editTitle') : t('townHall.form.newTitle')}
      onClose={onClose}
      footer={<DialogFooter onCancel={onClose} confirm={{ label: townHall ? t('townHall.form.save') : t('townHall.form.plan'), onClick: () => void save() }} />}
    >
      <div className="form-grid two">
        <TextField label={t('townHall.form.title')} wide value={title} onChange={setTitle} maxLength={200} />
        <SelectField
          label={t('townHall.form.addArea')}
          placeholder={t('townHall.form.chooseArea')}
          value={adding}
          onChange={(value) => {
            setAdding('')
            const n = Number(value)
            if (n && !areaNumbers.includes(n)) setAreaNumbers([...areaNumbers, n])
          }}
        >
          <AreaOptions areas={areas} />
        </SelectField>
        <div className="field">
          <span className="field-label" id="th-areas-label">
            {t('townHall.form.areas')}
          </span>
          <ul className="chip-list" aria-labelledby="th-areas-label">
            {areaNumbers.length === 0 && <li className="muted">{t('townHall.form.noAreas')}</li>}
            {areaNumbers.map((n) => (
              <li key={n} className="chip">
                {areaName(n)}
                <button type="button" className="chip-remove" aria-label={t('townHall.form.removeArea', { name: areaName(n) })} onClick={() => setAreaNumbers(areaNumbers.filter((x) => x !== n))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        </div>
        <TextField label={t('townHall.form.date')} type="date" value={date} onChange={setDate} />
        <TextField label={t('townHall.form.place')} value={place} onChange={setPlace} maxLength={300} />
        <TextField label={t('townHall.form.topics')} wide multiline value={topics} onChange={setTopics} maxLength={1000} />
        <fieldset className="field">
          <legend className="field-label">{t('townHall.form.languages')}</legend>
          {ROOM_LANGUAGES.map((language) => (
            <label key={language} className="check">
              <input
                type="checkbox"
                checked={languages.includes(language)}
                onChange={(e) => setLanguages(e.target.checked ? [...languages, language] : languages.filter((l) => l !== language))}
              />{' '}
              {t('townHall.language', { language })}
            </label>
          ))}
        </fieldset>
        <TextField label={t('townHall.form.expected')} type="number" inputMode="numeric" value={expected} onChange={setExpected} />
      </div>
      <InlineError error={error} />
    </Dialog>
  )
}

/** Changing a planned or running town hall's details: the form closes once saved, then the page takes the saved town hall. */
export function TownHallDetailsEditor({ townHall, onClose, onChanged }: { townHall: TownHall; onClose: () => void; onChanged: (townHall: TownHall) => void }) {
  return (
    <TownHallForm
      townHall={townHall}
      onClose={onClose}
      onSaved={(saved) => {
        onClose()
        onChanged(saved)
      }}
    />
  )
}
