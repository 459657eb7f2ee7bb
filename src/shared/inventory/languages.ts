// Languages as ISO 639 codes, read from codes or from the names people type ("Spanish", "Español").
import { textKey } from '../text-key'

export const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  es: 'Spanish',
  pl: 'Polish',
  ar: 'Arabic',
  zh: 'Chinese',
  tl: 'Tagalog',
  ko: 'Korean',
  vi: 'Vietnamese',
  fr: 'French',
  ru: 'Russian',
  ur: 'Urdu',
  hi: 'Hindi',
  uk: 'Ukrainian',
  ht: 'Haitian Creole',
  sw: 'Swahili',
  ase: 'American Sign Language',
}

/** The same languages as Spanish writes them mid-sentence (lower case), read back as typed. */
export const SPANISH_LANGUAGE_NAMES: Record<string, string> = {
  en: 'inglés',
  es: 'español',
  pl: 'polaco',
  ar: 'árabe',
  zh: 'chino',
  tl: 'tagalo',
  ko: 'coreano',
  vi: 'vietnamita',
  fr: 'francés',
  ru: 'ruso',
  ur: 'urdu',
  hi: 'hindi',
  uk: 'ucraniano',
  ht: 'criollo haitiano',
  sw: 'suajili',
  ase: 'lengua de señas americana',
}

const ALIASES: Record<string, string> = {
  ...Object.fromEntries(Object.entries(SPANISH_LANGUAGE_NAMES).map(([code, name]) => [textKey(name), code])),
  castellano: 'es',
  cantones: 'zh',
  kreyol: 'ht',
  lenguadesenas: 'ase',
  lsa: 'ase',
  english: 'en',
  eng: 'en',
  spanish: 'es',
  espanol: 'es',
  spa: 'es',
  polish: 'pl',
  arabic: 'ar',
  chinese: 'zh',
  mandarin: 'zh',
  cantonese: 'zh',
  tagalog: 'tl',
  korean: 'ko',
  vietnamese: 'vi',
  french: 'fr',
  russian: 'ru',
  urdu: 'ur',
  hindi: 'hi',
  ukrainian: 'uk',
  haitiancreole: 'ht',
  swahili: 'sw',
  asl: 'ase',
  americansignlanguage: 'ase',
}

/** The ISO code for a typed language, or undefined when it is not one Roundtable knows. */
export function parseLanguage(text: string): string | undefined {
  const key = textKey(text)
  if (key === '') return undefined
  if (Object.hasOwn(LANGUAGE_NAMES, key)) return key
  // Own keys only: "constructor" is no language, whatever every object inherits.
  return Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined
}

export function languageName(code: string): string {
  return Object.hasOwn(LANGUAGE_NAMES, code) ? LANGUAGE_NAMES[code]! : code
}

/** A language's name in the reader's language ("Spanish", "español"), by its code or as typed. */
export function languageLabel(codeOrName: string, locale: string): string {
  const code = parseLanguage(codeOrName) ?? codeOrName
  const reader = locale.toLowerCase().split('-')[0]
  if (reader === 'en') return languageName(code)
  if (reader === 'es' && Object.hasOwn(SPANISH_LANGUAGE_NAMES, code)) return SPANISH_LANGUAGE_NAMES[code]!
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? languageName(code)
  } catch {
    return languageName(code)
  }
}
