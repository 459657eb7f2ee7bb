// The words Roundtable writes into HSDS for what HSDS has no field for: its taxonomy, its attribute
// terms and the citywide service area. Other tools may ignore them; Roundtable reads them back.

/** Attribute terms that carry capacity, load, the kind of organization and the exact hours. */
export const ROUNDTABLE_TERMS = {
  capacity: 'roundtable-capacity',
  currentLoad: 'roundtable-current-load',
  schedule: 'roundtable-schedule',
  organizationKind: 'roundtable-organization-kind',
} as const

export const ROUNDTABLE_TAXONOMY = 'roundtable'
export const CITYWIDE_AREA_NAME = 'Citywide (all of Chicago)'
