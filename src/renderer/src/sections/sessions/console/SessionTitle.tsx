// The session's title in the console bar: two lines at most. One cut short can be focused (Tab
// reaches it) or hovered to show the whole of it over the bar; screen readers read the heading
// whole in any case, so the copy shown over it is hidden from them.
import { useLayoutEffect, useRef, useState } from 'react'

export function SessionTitle({ title }: { title: string }) {
  const heading = useRef<HTMLHeadingElement>(null)
  const cut = useCutShort(heading, title)
  return (
    <div className="session-title">
      <h1 id="session-title" ref={heading} tabIndex={cut ? 0 : undefined}>
        {title}
      </h1>
      {cut && (
        <p className="console-title-whole" aria-hidden="true">
          {title}
        </p>
      )}
    </div>
  )
}

/** Whether the element's text runs past what it shows, as its width changes. */
function useCutShort(element: React.RefObject<HTMLElement | null>, text: string): boolean {
  const [cut, setCut] = useState(false)
  useLayoutEffect(() => {
    const node = element.current
    if (!node) return
    const measure = () => setCut(node.scrollHeight > node.clientHeight + 1 || node.scrollWidth > node.clientWidth + 1)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(node)
    return () => observer.disconnect()
  }, [element, text])
  return cut
}
