// A file name from a title: "Saturday night shooting near ${park}" → "saturday-night-shooting-near-park",
// accents folded, safe on every disk.

export function fileSlug(title: string, fallback: string, length = 60): string {
  return (
    title
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, length)
      .replace(/-+$/, '') || fallback
  )
}

/** "2026-10-03-a-fight-at-school-dismissal": a session's date and title; its files' names begin so. */
export function sessionFileStem(session: { date: string; title: string }): string {
  return `${session.date}-${fileSlug(session.title, 'session', 50)}`
}
