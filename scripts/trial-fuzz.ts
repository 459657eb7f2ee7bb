// `npm run trial:fuzz -- --cases N [--seed S] [--only inventory,scenarios] [--path P]`: hostile
// files through every reader (see tests/fuzz), each reader in a watched child process. Prints
// `bench reliability.fuzz_cases N` and `bench reliability.fuzz_failures N`, and each failure with
// its seed, path and shrunk case; exits 1 on any failure.
import { readOption } from '../src/main/store/data-dir'
import { superviseFuzz } from '../tests/fuzz/supervise'

const cases = Number(readOption(process.argv, '--cases') ?? '1000')
const seed = Number(readOption(process.argv, '--seed') ?? String(Date.now() % 1_000_000))
const only = readOption(process.argv, '--only')?.split(',')
const path = readOption(process.argv, '--path')
const started = performance.now()
const figures = await superviseFuzz({ cases, seed, ...(only ? { only } : {}), ...(path ? { path } : {}), log: (line) => console.log(`  ${line}`) })
console.log(`fuzz trial: seed ${seed}, ${Math.round((performance.now() - started) / 1000)} s`)
for (const failure of figures.failures.slice(0, 30)) {
  console.log(`  FAILED ${failure.target} (seed ${failure.seed}, path ${failure.path}): ${failure.problem}`)
  console.log(`    input: ${failure.input}`)
  if (failure.shrunk) console.log(`    shrunk: ${failure.shrunk}`)
}
console.log(`bench reliability.fuzz_cases ${figures.cases} cases`)
console.log(`bench reliability.fuzz_failures ${figures.failures.length} cases`)
process.exitCode = figures.failures.length > 0 ? 1 : 0
