// The clock the services read. `--now ISO` starts it at a given moment and lets it run from
// there, so tests and demonstrations never depend on the machine's date.
import { AppError } from '../../shared/errors'

export function appClockFrom(startsAt: string | undefined, wallClock: () => number = Date.now): () => Date {
  if (startsAt === undefined) return () => new Date(wallClock())
  const start = Date.parse(startsAt)
  if (!/^\d{4}-\d{2}-\d{2}T/.test(startsAt) || Number.isNaN(start)) {
    throw new AppError('INVALID_INPUT', 'error.cli.now', { value: startsAt })
  }
  const offset = start - wallClock()
  return () => new Date(wallClock() + offset)
}
