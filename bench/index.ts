// `npm run bench [-- NAME]`: measures the foundation's hot paths through the real code and
// prints one line per figure: `bench NAME VALUE UNIT`.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createDispatch } from '../src/main/api/dispatch'
import { createHandlers } from '../src/main/services'
import { openStore } from '../src/main/store/open-store'

const RESOURCES_DIR = fileURLToPath(new URL('../resources', import.meta.url))

interface Benchmark {
  name: string
  unit: string
  run: (workDir: string) => Promise<number> | number
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function round(value: number): number {
  return Number(value.toPrecision(4))
}

const benchmarks: Benchmark[] = [
  {
    // A first launch: create the file, run every migration, seed the areas.
    name: 'store.open_new',
    unit: 'ms',
    run: (workDir) => {
      const times: number[] = []
      for (let i = 0; i < 15; i++) {
        const started = performance.now()
        const store = openStore({ dataDir: join(workDir, `new-${i}`) })
        times.push(performance.now() - started)
        store.close()
      }
      return median(times)
    },
  },
  {
    // Every later launch: check the file (integrity_check included) and find nothing to migrate.
    name: 'store.open_existing',
    unit: 'ms',
    run: (workDir) => {
      const dataDir = join(workDir, 'existing')
      openStore({ dataDir }).close()
      const times: number[] = []
      for (let i = 0; i < 15; i++) {
        const started = performance.now()
        const store = openStore({ dataDir })
        times.push(performance.now() - started)
        store.close()
      }
      return median(times)
    },
  },
  {
    // One keystroke in the area search, through contract validation and the service.
    name: 'areas.search',
    unit: 'ms',
    run: async (workDir) => {
      const store = openStore({ dataDir: join(workDir, 'search') })
      const dispatch = createDispatch(createHandlers({ store, appVersion: 'bench', runtime: 'browser', resourcesDir: RESOURCES_DIR }))
      const queries = ['l', 'la', 'law', 'lawn', 'little village', '30', '']
      const times: number[] = []
      for (let round = 0; round < 200; round++) {
        const started = performance.now()
        await dispatch('areas.list', { query: queries[round % queries.length] })
        times.push(performance.now() - started)
      }
      store.close()
      return median(times)
    },
  },
  {
    // Starring an area: one durable write (synchronous = FULL).
    name: 'areas.set_focus',
    unit: 'ms',
    run: async (workDir) => {
      const store = openStore({ dataDir: join(workDir, 'focus') })
      const dispatch = createDispatch(createHandlers({ store, appVersion: 'bench', runtime: 'browser', resourcesDir: RESOURCES_DIR }))
      const times: number[] = []
      for (let i = 0; i < 200; i++) {
        const started = performance.now()
        await dispatch('areas.setFocus', { number: (i % 77) + 1, isFocus: i % 2 === 0 })
        times.push(performance.now() - started)
      }
      store.close()
      return median(times)
    },
  },
]

const wanted = process.argv.slice(2).filter((arg) => arg !== '--')
const selected = benchmarks.filter((b) => wanted.length === 0 || wanted.some((w) => b.name === w || b.name.startsWith(w + '.')))
if (selected.length === 0) {
  console.error(`No benchmark named ${wanted.join(', ')}. Known: ${benchmarks.map((b) => b.name).join(', ')}`)
  process.exit(1)
}

const workDir = mkdtempSync(join(tmpdir(), 'roundtable-bench-'))
try {
  for (const benchmark of selected) {
    const value = await benchmark.run(workDir)
    console.log(`bench ${benchmark.name} ${round(value)} ${benchmark.unit}`)
  }
} finally {
  rmSync(workDir, { recursive: true, force: true })
}
