// A dialog's one problem, read out as soon as it appears; nothing when there is none.
export function InlineError({ error }: { error: string | undefined }) {
  if (!error) return null
  return (
    <p className="inline-error" role="alert">
      {error}
    </p>
  )
}
