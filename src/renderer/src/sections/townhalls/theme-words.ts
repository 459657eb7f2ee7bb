// A theme's name in the reader's language: a starter theme by its catalog name until renamed.
import type { Theme } from '../../../../shared/townhall/document'
import type { Translate } from '../../i18n/use-t'

export function themeName(t: Translate, theme: Pick<Theme, 'starter' | 'name'> | undefined): string {
  if (!theme) return t('townHall.noTheme')
  if (theme.name) return theme.name
  return theme.starter ? t(`townHall.theme.${theme.starter}`) : t('townHall.noTheme')
}
