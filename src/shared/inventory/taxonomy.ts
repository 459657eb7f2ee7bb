// What kinds of organization sit at the table, and what kinds of resource a service can be.
// Shipped with the app; the facilitator may add categories of their own later.

export const ORGANIZATION_KINDS = [
  { id: 'city-department', label: 'City department' },
  { id: 'sister-agency', label: 'Sister agency' },
  { id: 'street-outreach', label: 'Street outreach' },
  { id: 'victim-services', label: 'Victim services' },
  { id: 'health', label: 'Health / mental health' },
  { id: 'youth', label: 'Youth' },
  { id: 'faith', label: 'Faith' },
  { id: 'school', label: 'School' },
  { id: 'business', label: 'Business' },
  { id: 'block-club', label: 'Block club' },
  { id: 'resident-group', label: 'Resident group' },
  { id: 'philanthropy', label: 'Philanthropy' },
  { id: 'other', label: 'Other' },
] as const

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number]['id']
export const ORGANIZATION_KIND_IDS = ORGANIZATION_KINDS.map((k) => k.id) as [OrganizationKind, ...OrganizationKind[]]

export const CATEGORY_GROUPS = [
  { id: 'outreach', label: 'Outreach and intervention' },
  { id: 'victim', label: 'Victim services' },
  { id: 'mental-health', label: 'Mental health' },
  { id: 'youth', label: 'Youth' },
  { id: 'place', label: 'Place-based fixes (311)' },
  { id: 'permits', label: 'Permits' },
  { id: 'protection', label: 'Home and business protection' },
  { id: 'basic-needs', label: 'Basic needs' },
  { id: 'other', label: 'Other' },
] as const

export type CategoryGroupId = (typeof CATEGORY_GROUPS)[number]['id']

export interface Category {
  id: string
  label: string
  group: CategoryGroupId
  /** The 311 service request type, for place-based fixes. */
  request311?: string | undefined
  /** Added by the facilitator, not shipped with the app. */
  custom?: boolean | undefined
  /** A custom category's name in Spanish, when given. */
  labelEs?: string | undefined
}

export const CATEGORY_GROUP_IDS = CATEGORY_GROUPS.map((g) => g.id) as [CategoryGroupId, ...CategoryGroupId[]]

export const CATEGORIES: readonly Category[] = [
  { id: 'street-outreach', label: 'Street outreach', group: 'outreach' },
  { id: 'conflict-mediation', label: 'Conflict mediation / retaliation prevention', group: 'outreach' },
  { id: 'peacekeepers', label: 'Peacekeepers at hot spots', group: 'outreach' },
  { id: 'crisis-response', label: 'Crisis response team', group: 'outreach' },
  { id: 'transitional-jobs', label: 'Transitional jobs with CBT', group: 'outreach' },
  { id: 'case-management', label: 'Case management', group: 'outreach' },
  { id: 'hospital-intervention', label: 'Hospital-based violence intervention', group: 'victim' },
  { id: 'family-crisis-response', label: 'Family crisis response after a homicide', group: 'victim' },
  { id: 'victim-advocacy', label: 'Victim advocacy (relocation, funeral help, compensation)', group: 'victim' },
  { id: 'emergency-relocation', label: 'Emergency relocation housing', group: 'victim' },
  { id: 'legal-aid', label: 'Legal aid', group: 'victim' },
  { id: 'trauma-counseling', label: 'Trauma-informed counseling', group: 'mental-health' },
  { id: 'youth-group-therapy', label: 'Group therapy for youth', group: 'mental-health' },
  { id: 'crisis-line', label: 'Crisis line', group: 'mental-health' },
  { id: 'summer-jobs', label: 'Summer jobs (14–24)', group: 'youth' },
  { id: 'youth-service-corps', label: 'Youth service corps', group: 'youth' },
  { id: 'play-streets', label: 'Play streets', group: 'youth' },
  { id: 'extended-hours', label: 'Extended park and library hours', group: 'youth' },
  { id: 'safe-haven', label: 'Open schools / safe havens', group: 'youth' },
  { id: 'street-light-out', label: 'Street light repair', group: 'place', request311: 'Street Light Out' },
  { id: 'alley-light-out', label: 'Alley light repair', group: 'place', request311: 'Alley Light Out' },
  { id: 'viaduct-light-out', label: 'Viaduct light repair', group: 'place', request311: 'Viaduct Light Out' },
  { id: 'graffiti-removal', label: 'Graffiti removal', group: 'place', request311: 'Graffiti Removal' },
  { id: 'vacant-lot-cleanup', label: 'Vacant lot cleanup', group: 'place', request311: 'Clean Vacant Lot' },
  { id: 'weed-removal', label: 'Weed removal', group: 'place', request311: 'Weed Removal' },
  { id: 'vacant-building', label: 'Vacant / abandoned building', group: 'place', request311: 'Vacant/Abandoned Building' },
  { id: 'fly-dumping', label: 'Fly dumping removal', group: 'place', request311: 'Fly Dumping' },
  { id: 'abandoned-vehicle', label: 'Abandoned vehicle removal', group: 'place', request311: 'Abandoned Vehicle' },
  { id: 'no-air-conditioning', label: 'No air conditioning', group: 'place', request311: 'No Air Conditioning' },
  { id: 'cooling-center', label: 'Cooling center', group: 'basic-needs' },
  { id: 'street-closure-permit', label: 'Street closure permit', group: 'permits' },
  { id: 'block-party-permit', label: 'Block party permit', group: 'permits' },
  { id: 'security-rebates', label: 'Rebates for cameras, lighting, GPS trackers', group: 'protection' },
  { id: 'food-assistance', label: 'Food assistance', group: 'basic-needs' },
  { id: 'information-line', label: 'Information and referral line (211)', group: 'basic-needs' },
  { id: 'other', label: 'Other service', group: 'other' },
]

const CATEGORY_BY_ID = new Map(CATEGORIES.map((c) => [c.id, c]))

/** A shipped category by id (custom ones live in the store; see the inventory's category list). */
export function findCategory(id: string): Category | undefined {
  return CATEGORY_BY_ID.get(id)
}

/** "Mobile food pantry" → "mobile-food-pantry": the id a new category is stored under. */
export function categoryCode(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
}
