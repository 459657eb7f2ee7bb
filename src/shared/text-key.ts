// A comparison key for names typed by people: ignores case, accents, punctuation and spacing.

export function textKey(text: string): string {
  // Fast path for plain ASCII, which most names are.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, '')
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
}
