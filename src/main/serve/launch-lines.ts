// What `npm run serve` prints for the person at the terminal, in the command's language (`--lang`,
// else the shell's locale, else English): the launch's notices, the data folder, the address to
// open and how to ask for another. The addresses themselves are printed alone on their lines.
import type { Language } from '../../shared/i18n/catalog'
import { formatMessage } from '../../shared/i18n/format'
import { noticeText, type Notice } from '../../shared/notices'

export function launchLines(language: Language, launch: { notices: readonly Notice[]; dataDir: string; url: string }): string[] {
  return [
    ...launch.notices.map((notice) => formatMessage(language, 'cli.serve.note', { notice: noticeText(notice, language) })),
    formatMessage(language, 'cli.serve.running', { dir: launch.dataDir }),
    formatMessage(language, 'cli.serve.openAddress'),
    `  ${launch.url}`,
    formatMessage(language, 'cli.serve.enterHint'),
  ]
}

export function anotherAddressLines(language: Language, url: string): string[] {
  return [formatMessage(language, 'cli.serve.anotherAddress'), `  ${url}`]
}
