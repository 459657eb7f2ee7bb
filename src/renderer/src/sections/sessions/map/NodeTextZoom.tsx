// Keeps the nodes' text readable as the view zooms: writes what nodeTextAt says onto the map's
// element (data attributes and CSS variables), so the nodes restyle without drawing again.
import { useStore, type ReactFlowState } from '@xyflow/react'
import { useLayoutEffect, type RefObject } from 'react'
import { nodeTextAt, zoomStep } from './node-text'

const zoomStepOf = (state: ReactFlowState) => zoomStep(state.transform[2])

/** Inside <ReactFlow>; `nameSize` is the size of a node's name as designed, in map pixels. */
export function NodeTextZoom({ target, nameSize }: { target: RefObject<HTMLElement | null>; nameSize: number }) {
  const zoom = useStore(zoomStepOf)
  useLayoutEffect(() => {
    const element = target.current
    if (!element) return
    const text = nodeTextAt(zoom, nameSize)
    element.setAttribute('data-node-text', text.mode)
    element.style.setProperty('--map-name-size', `${text.mode === 'names' ? text.size : nameSize}px`)
    element.style.setProperty('--map-name-lines', String(text.mode === 'names' ? text.lines : 2))
    // On one line, the name runs to the edge and ends in an ellipsis rather than after its first word.
    element.setAttribute('data-name-lines', text.mode === 'names' && text.lines < 2 ? 'one' : 'more')
  }, [target, zoom, nameSize])
  return null
}
