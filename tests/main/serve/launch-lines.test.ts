import { describe, expect, it } from 'vitest'
import { anotherAddressLines, launchLines } from '../../../src/main/serve/launch-lines'
import { CATALOGS } from '../../../src/shared/i18n/catalog'

const URL_ = 'http://127.0.0.1:4321/?token=abc'

describe('what serve prints at the terminal', () => {
  it('speaks the command’s language, the address alone on its line for whoever copies it', () => {
    const lines = launchLines('es', { notices: [{ id: 'n1', level: 'info', reason: 'notice.store.backedUp', values: { backup: '/datos/copia.db' } }], dataDir: '/datos', url: URL_ })
    expect(lines).toEqual([
      `Nota: ${CATALOGS.es['notice.store.backedUp'].replace('{backup}', '/datos/copia.db')}`,
      'Roundtable está en marcha. Carpeta de datos: /datos',
      CATALOGS.es['cli.serve.openAddress'],
      `  ${URL_}`,
      CATALOGS.es['cli.serve.enterHint'],
    ])
    expect(anotherAddressLines('es', URL_)).toEqual(['Otra dirección, cuya clave secreta también sirve una sola vez:', `  ${URL_}`])
  })

  it('says in English what it always said, for an English shell', () => {
    expect(launchLines('en', { notices: [], dataDir: '/data', url: URL_ })).toEqual([
      'Roundtable is running. Data folder: /data',
      'Open this address in your browser (its secret works once, for this launch only):',
      `  ${URL_}`,
      'Press Enter for another address (another browser, or after closing this one). Press Ctrl+C to stop.',
    ])
  })
})
