// Which language a command-line tool prints in: `--lang en|es` when given, else the shell's
// locale (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them; Spanish for any es*), else
// English. The tools' logs stay English; what a person reads follows this.
import type { Language } from './catalog'

export type CliLanguage = { ok: true; language: Language; rest: string[] } | { ok: false; problem: string }

/** The language and the arguments left once `--lang X` / `--lang=X` is taken out. */
export function cliLanguage(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CliLanguage {
  const rest: string[] = []
  let chosen: string | undefined
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg === '--lang') chosen = argv[++index] ?? ''
    else if (arg.startsWith('--lang=')) chosen = arg.slice('--lang='.length)
    else rest.push(arg)
  }
  if (chosen !== undefined) {
    return chosen === 'en' || chosen === 'es' ? { ok: true, language: chosen, rest } : { ok: false, problem: `--lang must be en or es, not "${chosen}"` }
  }
  const locale = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((value) => value !== undefined && value !== '')
  return { ok: true, language: locale !== undefined && /^es([_.@-]|$)/i.test(locale) ? 'es' : 'en', rest }
}
