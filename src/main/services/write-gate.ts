// While an import copies its staged records into the store (a moment, holding the store's write
// lock), every call waits here, asynchronously, instead of blocking the main thread on that lock:
// the page stays answered and the call runs as soon as the copy is done.
export type WriteGate = ReturnType<typeof createWriteGate>

export function createWriteGate() {
  let closed: Promise<void> | undefined

  return {
    /** Runs the call at once when nothing holds the gate, else as soon as it opens. */
    pass<T>(call: () => T): T | Promise<T> {
      if (!closed) return call()
      return passWhenOpen(call)
    },

    /** Holds the gate shut while `work` runs (one holder at a time). */
    async hold<T>(work: () => Promise<T>): Promise<T> {
      while (closed) await closed
      let open = () => {}
      closed = new Promise<void>((resolve) => (open = resolve))
      try {
        return await work()
      } finally {
        closed = undefined
        open()
      }
    },
  }

  async function passWhenOpen<T>(call: () => T): Promise<T> {
    while (closed) await closed
    return call()
  }
}

/** Every handler behind the gate: at once while it is open, once it opens while an import copies. */
export function gatedHandlers<H extends object>(gate: WriteGate, handlers: H): H {
  const gated: Record<string, (input: unknown) => unknown> = {}
  for (const [name, handler] of Object.entries(handlers) as [string, (input: unknown) => unknown][]) {
    gated[name] = (input) => gate.pass(() => handler(input))
  }
  return gated as H
}
