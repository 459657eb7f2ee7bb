// One reader under fuzzing: its inputs, how to describe one, and what its cases run against.
import type fc from 'fast-check'

export interface FuzzSubject<T> {
  /** What went wrong with one case, or undefined when the reader did as it should. */
  check: (input: T) => string | undefined
  close: () => void
  /** How the cases ended (refused, previewed, imported…), counted for the trial's summary. */
  outcomes: Map<string, number>
  /** What the last case ended as, and the first thing the reader said about it (an error, a problem). */
  last: { outcome: string; said: string }
}

/** Counts how a case ended, and keeps it with what the reader said as the subject's last. */
export function tally(subject: Pick<FuzzSubject<unknown>, 'outcomes' | 'last'>, outcome: string, said = ''): void {
  subject.outcomes.set(outcome, (subject.outcomes.get(outcome) ?? 0) + 1)
  subject.last = { outcome, said }
}

/** What a subject starts with: no cases counted. */
export const untallied = () => ({ outcomes: new Map<string, number>(), last: { outcome: '', said: '' } })

export interface FuzzTarget<T> {
  name: string
  /** Its share of the cases. */
  weight: number
  arbitrary: fc.Arbitrary<T>
  describe: (input: T) => string
  /** A fresh store and services, shared by the target's cases. */
  open: () => FuzzSubject<T>
}

/** Lets a list hold targets of different inputs. */
export const target = <T>(t: FuzzTarget<T>): FuzzTarget<unknown> => t as FuzzTarget<unknown>
