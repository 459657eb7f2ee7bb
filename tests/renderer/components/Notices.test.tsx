// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { Notices } from '../../../src/renderer/src/components/Notices'
import { render } from '../render'

describe('launch notices', () => {
  it('word the main side’s notice key and values in the app’s language', async () => {
    const notice = { id: 'store-backed-up', level: 'info' as const, reason: 'notice.store.backedUp' as const, values: { backup: '/data/backups/roundtable-v6.db' } }
    const english = await render(<Notices notices={[notice]} />)
    expect(english.container.querySelector('[role="status"] p')?.textContent).toBe(
      'Roundtable updated its data file to a new format. A copy of the file as it was is kept at /data/backups/roundtable-v6.db.',
    )
    english.unmount()
    const spanish = await render(<Notices notices={[notice]} />, 'es')
    expect(spanish.container.querySelector('[role="status"] p')?.textContent).toContain('Hay una copia del archivo tal como estaba en /data/backups/roundtable-v6.db.')
    expect(spanish.container.querySelector('button')?.getAttribute('aria-label')).toBe('Cerrar este mensaje')
    spanish.unmount()
  })
})
