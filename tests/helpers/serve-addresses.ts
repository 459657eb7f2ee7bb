// The addresses a `serve` process prints, and the cookie one of them is traded for. Each address
// works once, as for a facilitator: a second page or browser asks for another, as pressing Enter
// in the terminal does. Free of vitest, so Playwright specs and benches use it too.
import type { ChildProcess } from 'node:child_process'

const ADDRESS = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/g

export interface ServeAddresses {
  /** The address printed at launch. */
  first(): Promise<string>
  /** Another address, asked for on the process's stdin (which must be a pipe). */
  another(): Promise<string>
}

export function watchAddresses(child: ChildProcess, timeoutMs = 20_000): ServeAddresses {
  let output = ''
  let seen: string[] = []
  let asked = 0
  const waiting: { index: number; resolve: (url: string) => void }[] = []
  const settle = (): void => {
    for (const waiter of waiting.splice(0)) {
      const url = seen[waiter.index]
      if (url === undefined) waiting.push(waiter)
      else waiter.resolve(url)
    }
  }
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString()
    seen = output.match(ADDRESS) ?? []
    settle()
  })
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  // Asking a process that has just exited: the waiting address fails on the exit instead.
  child.stdin?.on('error', () => undefined)

  const address = (index: number): Promise<string> =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve printed no address #${index + 1}:\n${output}`)), timeoutMs)
      const onExit = (code: number | null): void => {
        clearTimeout(timer)
        reject(new Error(`serve exited with ${code}:\n${output}`))
      }
      child.once('exit', onExit)
      waiting.push({
        index,
        resolve: (url) => {
          clearTimeout(timer)
          child.off('exit', onExit)
          resolve(url)
        },
      })
      settle()
    })

  return {
    first: () => address(0),
    another: () => {
      asked += 1
      child.stdin!.write('\n')
      return address(asked)
    },
  }
}

/** Opens an address as a browser would and gives the cookie it was traded for, as a Cookie header. */
export async function signIn(url: string): Promise<string> {
  const response = await fetch(url, { redirect: 'manual' })
  const [cookie] = response.headers.getSetCookie()
  if (response.status !== 303 || cookie === undefined) throw new Error(`${url} gave no cookie (HTTP ${response.status})`)
  return cookie.split(';')[0]!
}
