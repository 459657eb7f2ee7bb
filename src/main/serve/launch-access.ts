// Who holds this launch: a browser that opened one of the addresses `serve` printed. Each address
// carries a secret that works once, traded for a cookie that only this launch accepts.
//
// What the cookie protects, and what it cannot. Browsers do not keep cookies apart by port: a
// cookie set by 127.0.0.1:4000 is also sent to 127.0.0.1:5000, and a server there may set
// cookies that are then sent to us. So:
// - Our cookie carries nothing but itself: its name and value are random for this launch, and
//   the value is not the address secret. It opens this launch of Roundtable on this port and
//   nothing else (not another Roundtable, not this one started again), and it dies with the
//   launch (and with the browser session: it has no expiry).
// - It is HttpOnly (the page's scripts cannot read it) and SameSite=Strict (other sites cannot
//   make the browser send it). Secure and the __Host- prefix are not to be had over plain http.
// - Not protected: a program on this machine that the same browser visits on 127.0.0.1 while
//   this launch runs receives our cookie and could replay it to our port. Against that there is
//   no defence over http on loopback; the launch being short and per-user is the limit.
// - A cookie another local server plants under our name cannot let anyone in: the value we
//   accept is ours alone. At worst it crowds ours out, and a new address signs in again.
// - The address secret works once: after it has been traded, the address in the terminal's
//   scrollback or the browser's history opens nothing on its own.
import { createHash, randomBytes } from 'node:crypto'
import { cookieValues, LOOPBACK_HOST, tokensMatch } from './request-guard'

/** The most addresses waiting to be opened; asking for more forgets the oldest. */
const MAX_WAITING_ADDRESSES = 16

export interface LaunchAccess {
  /** A new address secret, good for one trade. The first is `firstToken` when given. */
  newUrlToken(): string
  /** True once for each secret made here: trading it spends it. */
  spend(offered: string): boolean
  /** The Set-Cookie value given in exchange. */
  readonly setCookie: string
  /** Whether a Cookie header carries this launch's cookie. */
  admits(cookieHeader: string | undefined): boolean
}

export function createLaunchAccess(firstToken?: string): LaunchAccess {
  const cookieName = `roundtable_${randomBytes(6).toString('hex')}`
  const cookieValue = randomBytes(32).toString('base64url')
  // Kept as digests: a lookup then reveals nothing, by its timing, about the secrets themselves.
  const waiting = new Set<string>()
  let first = firstToken

  return {
    newUrlToken() {
      const token = first ?? randomBytes(24).toString('base64url')
      first = undefined
      waiting.add(digest(token))
      if (waiting.size > MAX_WAITING_ADDRESSES) waiting.delete(waiting.values().next().value!)
      return token
    },
    spend(offered) {
      return waiting.delete(digest(offered))
    },
    setCookie: `${cookieName}=${cookieValue}; HttpOnly; SameSite=Strict; Path=/`,
    admits(cookieHeader) {
      return cookieValues(cookieHeader, cookieName).some((value) => tokensMatch(value, cookieValue))
    },
  }
}

export function launchUrl(port: number, token: string): string {
  return `http://${LOOPBACK_HOST}:${port}/?token=${token}`
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}
