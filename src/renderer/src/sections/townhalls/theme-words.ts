// A theme's name in the reader's language: a starter theme by its catalog name until renamed.
import type { Theme } from '../../../../shared/townhall/document'
import type { Translate } from '../../i18n/use-t'

export function themeName(t: Translate, theme: Pick<Theme, 'starter' | 'name'> | undefined): string {
  if (!theme) return t('townHall.noTheme')
  if (theme.name) return theme.name
  return theme.starter ? t(`townHall.theme.${theme.starter}`) : t('townHall.noTheme')
}

/**
 * The theme a typed name means — one of that name, else (when asked) the first whose name holds
 * it — or a new theme of that name, made now. Undefined for a blank name.
 */
export function themeIdNamed(
  t: Translate,
  themes: readonly Theme[],
  typed: string,
  addNamed: (name: string, id: string) => void,
  options: { closest?: boolean } = {},
): string | undefined {
  const wanted = typed.trim().toLowerCase()
  if (wanted === '') return undefined
  const found =
    themes.find((theme) => themeName(t, theme).toLowerCase() === wanted) ??
    (options.closest ? themes.find((theme) => themeName(t, theme).toLowerCase().includes(wanted)) : undefined)
  if (found) return found.id
  const id = crypto.randomUUID()
  addNamed(typed.trim(), id)
  return id
}
