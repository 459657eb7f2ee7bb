// The renderer's CSP forbids eval: tell zod not to try compiling validators with new Function
// (the attempt alone would be reported as a CSP violation). Every page's entry imports this
// first, so it runs before any module that uses zod, in whichever chunk that module lands.
import { z } from 'zod'

z.config({ jitless: true })
