// Zod's issues as messages of the catalogs. Our schemas name their problems by message key
// (`.min(1, 'validation.service.name')`, a custom issue's `message` with its values in `params`);
// zod's own checks (too long, not a number…) get a few plain keys of their own. One door, so a
// form, an import and a command-line tool word the same issue alike, in their reader's language.
import type { z } from 'zod'
import { isMessageKey, type MessageKey } from './catalog'
import type { Said, SaidValues } from './said'

export type ValidationKey = Extract<MessageKey, `validation.${string}`>

/** A schema's message, typed as a key of the catalogs so a typo fails to compile. */
export function says(key: ValidationKey): ValidationKey {
  return key
}

/** A custom issue for superRefine: its message is a key, its values ride in params. */
export function customIssue(path: PropertyKey[], key: MessageKey, values?: SaidValues): { code: 'custom'; path: PropertyKey[]; message: string; params?: SaidValues } {
  return { code: 'custom', path, message: key, ...(values ? { params: values } : {}) }
}

type Issue = z.core.$ZodIssue

export function saidOfIssue(issue: Issue): Said {
  if (isMessageKey(issue.message)) return { key: issue.message, ...valuesOf(issue) }
  return builtIn(issue)
}

function valuesOf(issue: Issue): { values?: SaidValues } {
  if (issue.code === 'custom') return issue.params ? { values: issue.params as SaidValues } : {}
  if (issue.code === 'too_big') return { values: { max: Number(issue.maximum) } }
  if (issue.code === 'too_small') return { values: { min: Number(issue.minimum) } }
  return {}
}

function builtIn(issue: Issue): Said {
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum)
      if (issue.origin === 'string') return min <= 1 ? { key: 'validation.required' } : { key: 'validation.tooShort', values: { min } }
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'validation.tooFew', values: { min } }
      return { key: 'validation.tooSmall', values: { min } }
    }
    case 'too_big': {
      const max = Number(issue.maximum)
      if (issue.origin === 'string') return { key: 'validation.tooLong', values: { max } }
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'validation.tooMany', values: { max } }
      return { key: 'validation.tooBig', values: { max } }
    }
    case 'invalid_type':
      // Zod keeps no input on a finished issue; its own English says when nothing was given.
      if (issue.message.endsWith('received undefined')) return { key: 'validation.required' }
      if (issue.expected === 'number' || issue.expected === 'nan') return { key: 'validation.notANumber' }
      if (issue.expected === 'int') return { key: 'validation.wholeNumber' }
      return { key: 'validation.wrongType', values: { expected: issue.expected } }
    case 'not_multiple_of':
      return { key: 'validation.wholeNumber' }
    case 'invalid_format':
      return { key: 'validation.invalidFormat', values: { format: issue.format } }
    case 'invalid_value':
      return { key: 'validation.notAChoice', values: { options: issue.values.map(String).join(', ') } }
    case 'unrecognized_keys':
      return { key: 'validation.unknownField', values: { fields: issue.keys.join(', '), count: issue.keys.length } }
    default:
      return { key: 'validation.invalid' }
  }
}
