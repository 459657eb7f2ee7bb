// Roundtable's mark: seats around a table, drawn inline so no file or network is needed.
export function Logo() {
  const seats = Array.from({ length: 8 }, (_, index) => {
    const angle = (index / 8) * Math.PI * 2
    return { cx: 16 + Math.cos(angle) * 12.5, cy: 16 + Math.sin(angle) * 12.5 }
  })
  return (
    <svg className="logo" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true">
      <circle cx="16" cy="16" r="7.5" fill="currentColor" opacity="0.9" />
      {seats.map((seat, index) => (
        <circle key={index} cx={seat.cx} cy={seat.cy} r="2.6" fill="currentColor" />
      ))}
    </svg>
  )
}
