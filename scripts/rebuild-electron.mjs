// Builds better-sqlite3 for Electron's ABI into native/electron-<version>/, beside (not over) the
// copy in node_modules that Node uses for `npm run serve` and the tests. The Electron main
// process loads it through better-sqlite3's `nativeBinding` option.
// Needs the network once, to fetch Electron's headers; cannot run on machines without it.
//   node scripts/rebuild-electron.mjs              rebuild now
//   node scripts/rebuild-electron.mjs --if-missing only when this Electron version has no build yet
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version
const target = join(root, 'native', `electron-${electronVersion}`, 'better_sqlite3.node')

if (process.argv.includes('--if-missing') && existsSync(target)) process.exit(0)

const { rebuild } = await import('@electron/rebuild')
const buildPath = join(root, 'native', '.build')
rmSync(buildPath, { recursive: true, force: true })
mkdirSync(join(buildPath, 'node_modules'), { recursive: true })
writeFileSync(
  join(buildPath, 'package.json'),
  JSON.stringify({ name: 'roundtable-native-build', private: true, dependencies: { 'better-sqlite3': '*' } }),
)
cpSync(join(root, 'node_modules/better-sqlite3'), join(buildPath, 'node_modules/better-sqlite3'), { recursive: true })

console.log(`Building better-sqlite3 for Electron ${electronVersion}…`)
try {
  await rebuild({ buildPath, electronVersion, force: true, onlyModules: ['better-sqlite3'], buildFromSource: true })
} catch (error) {
  console.error(
    'Could not build better-sqlite3 for Electron. This step downloads Electron\'s headers once; ' +
      'run it on a machine with internet access. (`npm run serve` works without it.)',
  )
  console.error(error)
  process.exit(1)
}
mkdirSync(join(target, '..'), { recursive: true })
cpSync(join(buildPath, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), target)
rmSync(buildPath, { recursive: true, force: true })
console.log(`Done: ${target}`)
