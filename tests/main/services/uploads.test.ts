import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError, type ApiErrorData } from '../../../src/shared/errors'
import { word } from '../../../src/shared/i18n/said'
import { decodeText, parseCsvTable } from '../../../src/main/services/inventory/csv-file'
import { readHsdsPackage, unpackZip } from '../../../src/main/services/inventory/hsds-package'
import { READING_TASKS } from '../../../src/main/services/reading/reading-tasks'
import { tooBig } from '../../../src/main/services/upload-files'

const fixture = (name: string): Uint8Array => readFileSync(join(__dirname, '../../fixtures/inventory', name))
const text = (value: string) => new TextEncoder().encode(value)

/** The refusal as it crosses to the renderer (JSON), worded there in a language. */
function refusal(action: () => unknown): { data: ApiErrorData; en: string; es: string } {
  try {
    action()
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    const data = JSON.parse(JSON.stringify(error.toData())) as ApiErrorData
    const message = { key: data.reason, values: data.values }
    return { data, en: word('en', message), es: word('es', message) }
  }
  throw new Error('nothing was refused')
}

describe('a whole file refused', () => {
  it('words a file that is not UTF-8 in Spanish, its English kept for logs', () => {
    const { data, en, es } = refusal(() => decodeText(fixture('windows-1252.csv'), 'windows-1252.csv'))
    expect(es).toBe('windows-1252.csv: el archivo no es texto UTF-8 (quizás se guardó como Windows-1252 o como "CSV" de Excel); guárdelo como "CSV UTF-8" e impórtelo otra vez')
    expect(en).toBe(data.message)
    expect(data.message).toBe('windows-1252.csv: the file is not UTF-8 text (perhaps saved as Windows-1252 or Excel "CSV"); save it as "CSV UTF-8" and import it again')
  })

  it('words the same refusal for a row, a zip, a package without services and a picked record file', () => {
    expect(refusal(() => parseCsvTable('a,b\n1,2\n1,2,3\n', 'ragged.csv')).es).toBe('ragged.csv, fila 3: no se puede leer el CSV: esta fila tiene 3 celdas y el encabezado tiene 2')
    expect(refusal(() => unpackZip({ name: 'directory.zip', bytes: text('not a zip') })).es).toBe('directory.zip: el archivo no es un zip que Roundtable pueda abrir')
    const files = [{ name: 'organizations.csv', bytes: text('id,name\norg-1,Peace Walkers\n') }, { name: 'notes.csv', bytes: text('a,b\n1,2\n') }]
    const noServices = refusal(() => readHsdsPackage(files))
    expect(noServices.es).toBe('los archivos elegidos: no tiene services.csv; un paquete HSDS necesita al menos organizations.csv y services.csv')
    expect(noServices.en).toBe('the chosen files: has no services.csv; an HSDS package needs at least organizations.csv and services.csv')
    expect(refusal(() => READING_TASKS.sessionFile({ name: 'session.json', bytes: new Uint8Array([0xff, 0x41]) })).es).toBe('session.json: el archivo no es texto UTF-8; guárdelo como UTF-8 e impórtelo otra vez')
  })

  it('words a file past the size the bridge takes in both languages', () => {
    const data = JSON.parse(JSON.stringify(tooBig('huge.csv', 50 * 1024 * 1024).toData())) as ApiErrorData
    expect(word('es', { key: data.reason, values: data.values })).toBe('huge.csv: el archivo pesa más de 50 MB, lo máximo que Roundtable lee de una vez; divídalo en archivos más pequeños')
    expect(data.message).toBe('huge.csv: the file is larger than 50 MB, the most Roundtable reads at once; split it into smaller files')
  })
})
