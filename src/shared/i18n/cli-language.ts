// Which language a command-line tool prints in: `--lang en|es` when given, else the shell's
// locale (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them; Spanish for any es*), else
// English. The tools' logs stay English; what a person reads follows this.
import type { Language } from './catalog'
import { said, type Said } from './said'

/**
 * The language and the arguments left once `--lang X` / `--lang=X` is taken out, and whether
 * `--lang` chose it; a `--lang` it does not speak is refused in the shell's language.
 */
export type CliLanguage = { ok: true; language: Language; given: boolean; rest: string[] } | { ok: false; language: Language; problem: Said }

export function cliLanguage(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CliLanguage {
  const rest: string[] = []
  let chosen: string | undefined
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg === '--lang') chosen = argv[++index] ?? ''
    else if (arg.startsWith('--lang=')) chosen = arg.slice('--lang='.length)
    else rest.push(arg)
  }
  if (chosen === 'en' || chosen === 'es') return { ok: true, language: chosen, given: true, rest }
  const locale = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((value) => value !== undefined && value !== '')
  const shell: Language = locale !== undefined && /^es([_.@-]|$)/i.test(locale) ? 'es' : 'en'
  if (chosen !== undefined) return { ok: false, language: shell, problem: said('cli.report.lang', { value: chosen }) }
  return { ok: true, language: shell, given: false, rest }
}
