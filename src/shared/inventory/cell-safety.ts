// Refuses cell text that would act rather than read: spreadsheet formulas, HTML, control characters.

// Cheap first look: most cells have none of these characters and need no closer check.
// eslint-disable-next-line no-control-regex
const SUSPICIOUS = /^[=@+\-\t\r]|<|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

export function unsafeCellReason(value: string): string | undefined {
  if (!SUSPICIOUS.test(value)) return undefined
  // + and - start formulas too, except in phone numbers and plain numbers (+1 312 555 0100, -5).
  if (/^[=@\t\r]/.test(value) || (/^[+-]/.test(value) && !/^[+-][\d\s().,-]*$/.test(value))) {
    return 'starts like a spreadsheet formula (=, @, + or -); remove that first character'
  }
  if (/<\/?[a-z!][^<>]*>/i.test(value)) return 'contains HTML markup; write plain text'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value)) return 'contains control characters'
  return undefined
}
