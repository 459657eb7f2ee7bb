// The renderer's CSP forbids eval: tell zod not to try compiling validators with new Function
// (the attempt alone would be reported as a CSP violation).
import { z } from 'zod'

z.config({ jitless: true })
