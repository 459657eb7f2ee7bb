// Words a directory uses for each shipped category — English, Spanish, and the Open Eligibility
// and 211 taxonomy names HSDS exports carry — so an import can suggest a category for a service
// whose source links no term Roundtable knows; and the words it ignores. Data only:
// category-suggest.ts does the matching.
//
// Write a phrase the way a directory would (plural or singular, accents or not: matching folds
// case and accents and strips plural endings). A phrase of several words counts for more than a
// single word, so list the specific phrase rather than a generic word that many services share.
// 'other' has no synonyms on purpose: the suggester never guesses it.

export const CATEGORY_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'street-outreach': [
    'street outreach', 'outreach', 'outreach worker', 'outreach team', 'youth outreach', 'gang outreach',
    'community violence intervention', 'cvi', 'credible messenger', 'street intervention', 'gang intervention',
    'cure violence', 'violence prevention outreach', 'at-risk youth', 'high-risk youth',
    'alcance comunitario', 'alcance en la calle', 'trabajador de alcance', 'intervención comunitaria',
    'prevención de la violencia', 'jóvenes en riesgo',
  ],
  'conflict-mediation': [
    'violence interrupter', 'interrupter', 'violence interruption', 'interrupt violence', 'conflict mediation',
    'mediation', 'mediate', 'mediator', 'retaliation', 'retaliation prevention', 'conflict resolution',
    'dispute resolution', 'ceasefire', 'cease fire', 'shooting response', 'restorative justice', 'peace circle',
    'interruptor de violencia', 'mediación', 'mediación de conflictos', 'mediador', 'represalia',
    'resolución de conflictos', 'justicia restaurativa', 'conflicto',
  ],
  peacekeepers: [
    'peacekeeper', 'peace keeper', 'hot spot', 'hotspot', 'safe passage', 'safe routes', 'corner presence',
    'positive presence', 'community patrol', 'peace patrol',
    'pacificador', 'puntos críticos', 'punto caliente', 'guardianes de la paz', 'camino seguro', 'paso seguro',
  ],
  'crisis-response': [
    'crisis response', 'crisis response team', 'mobile crisis', 'crisis team', 'crisis intervention',
    'crisis responder', 'community responder', 'alternative response', 'co-responder', 'care team',
    'mental health response', 'behavioral health response', 'emergency response team',
    'respuesta a crisis', 'equipo de crisis', 'equipo móvil', 'intervención en crisis', 'respuesta inmediata',
  ],
  'transitional-jobs': [
    'transitional job', 'transitional employment', 'transitional work', 'subsidized employment',
    'subsidized job', 'cbt', 'job training', 'job readiness',
    'job placement', 'workforce development', 'employment', 'employment services', 'jobs program',
    'work crew', 'paid work experience', 'reentry employment', 'vocational training', 'apprenticeship',
    'empleo', 'empleo de transición', 'trabajo de transición', 'capacitación laboral', 'bolsa de trabajo',
    'formación profesional',
  ],
  'case-management': [
    'case management', 'case manager', 'care coordination', 'service coordination', 'navigator',
    'service navigation', 'wraparound', 'wrap-around services', 'reentry services', 'reentry support',
    'life coach', 'mentoring', 'mentor', 'individualized service plan', 'intensive case management',
    'gestión de casos', 'manejo de casos', 'administración de casos', 'coordinador de casos', 'navegador',
    'acompañamiento', 'plan de servicios', 'mentoría', 'mentor',
  ],
  'hospital-intervention': [
    'hospital-based violence intervention', 'hospital violence intervention', 'hvip', 'hospital',
    'trauma center', 'emergency department', 'emergency room', 'bedside', 'gunshot wound', 'gunshot victim',
    'violently injured', 'injured by violence', 'violence recovery', 'trauma unit',
    'sala de emergencias', 'herido de bala', 'heridas de bala', 'centro de trauma',
  ],
  'family-crisis-response': [
    'homicide', 'homicide response', 'homicide survivors', 'survivors of homicide', 'after a homicide',
    'families of homicide victims', 'surviving family', 'loss of a loved one', 'family crisis', 'death notification',
    'homicidio', 'sobrevivientes de homicidio', 'familias de víctimas', 'pérdida de un ser querido',
  ],
  'victim-advocacy': [
    'victim advocacy', 'victim advocate', 'victim services', 'victim assistance', 'victim', 'crime victim',
    'victims of crime', 'victim compensation', 'crime victim compensation', 'compensation', 'funeral',
    'funeral assistance', 'burial', 'burial assistance', 'court advocacy', 'court accompaniment',
    'order of protection', 'safety planning', 'domestic violence', 'sexual assault', 'survivor advocacy', 'advocate',
    'víctima', 'defensa de víctimas', 'defensor de víctimas', 'apoyo a víctimas', 'servicios para víctimas',
    'gastos funerarios', 'ayuda funeraria', 'entierro', 'compensación', 'orden de protección',
    'violencia doméstica', 'agresión sexual',
  ],
  'emergency-relocation': [
    'emergency relocation', 'relocation', 'relocation assistance', 'emergency housing', 'safe housing',
    'temporary housing', 'temporary shelter', 'emergency shelter', 'shelter', 'safe house', 'housing',
    'hotel voucher', 'hotel stay', 'moving assistance', 'moving costs', 'rapid rehousing',
    'reubicación', 'reubicación de emergencia', 'vivienda de emergencia', 'vivienda temporal', 'vivienda',
    'refugio temporal', 'albergue', 'mudanza', 'casa segura',
  ],
  'legal-aid': [
    'legal aid', 'legal assistance', 'legal services', 'legal help', 'legal advice', 'legal clinic',
    'legal representation', 'lawyer', 'attorney', 'pro bono', 'expungement', 'record sealing',
    'criminal records relief', 'immigration legal services', 'tenant rights', 'eviction defense',
    'know your rights', 'public defender',
    'asistencia legal', 'ayuda legal', 'asesoría legal', 'servicios legales', 'consulta legal', 'abogado',
    'abogada', 'representación legal', 'derechos de inquilinos', 'conozca sus derechos',
  ],
  'trauma-counseling': [
    'counseling', 'counselling', 'counselor', 'therapy', 'therapist', 'mental health', 'mental health care',
    'mental health services', 'trauma', 'trauma-informed', 'trauma therapy', 'trauma counseling',
    'grief counseling', 'individual therapy', 'family therapy', 'psychotherapy', 'behavioral health',
    'healing', 'outpatient mental health', 'psychologist', 'tf-cbt',
    'consejería', 'consejero', 'terapia', 'terapeuta', 'psicólogo', 'psicóloga', 'salud mental',
    'atención psicológica', 'terapia individual', 'terapia familiar', 'sanación',
  ],
  'youth-group-therapy': [
    'group therapy', 'group counseling', 'support group', 'youth therapy', 'teen therapy', 'healing circle',
    'talking circle', 'group sessions', 'youth support group', 'peer support group',
    'terapia de grupo', 'terapia grupal', 'grupo de apoyo', 'círculo de sanación', 'consejería grupal',
  ],
  'crisis-line': [
    'crisis line', 'crisis hotline', 'hotline', 'helpline', 'warmline', 'warm line', 'lifeline', '988',
    'suicide prevention', 'suicide', 'crisis text line', 'phone line', 'talk line', 'crisis counseling by phone',
    'línea de crisis', 'línea de ayuda', 'línea directa', 'línea de apoyo', 'prevención del suicidio',
    'suicidio', 'suicida',
  ],
  'summer-jobs': [
    'summer job', 'summer employment', 'summer youth employment', 'youth employment', 'one summer chicago',
    'teen job', 'youth job', 'first job', 'summer internship', 'youth workforce',
    'empleo de verano', 'trabajo de verano', 'empleo juvenil', 'trabajo para jóvenes',
  ],
  'youth-service-corps': [
    'youth service corps', 'service corps', 'corps', 'conservation corps', 'americorps', 'service learning',
    'youth service', 'service projects', 'youth leadership', 'stipend',
    'cuerpo de servicio', 'servicio comunitario juvenil', 'voluntariado juvenil', 'liderazgo juvenil',
  ],
  'play-streets': [
    'play street', 'street play', 'block play', 'supervised play', 'open streets', 'car-free street',
    'calle de juego', 'juegos en la calle', 'calle abierta',
  ],
  'extended-hours': [
    'extended hours', 'extended park hours', 'library hours', 'open late', 'late night', 'night hours',
    'evening hours', 'park district', 'fieldhouse', 'open gym', 'midnight basketball', 'teen night',
    'recreation', 'parks and recreation', 'library open late', 'park open late',
    'horario extendido', 'recreación', 'abierto hasta tarde', 'horario nocturno',
  ],
  'safe-haven': [
    'safe haven', 'safe space', 'safe spaces', 'open schools', 'community schools', 'after school',
    'after-school program', 'after school care', 'youth center', 'youth development', 'drop-in center',
    'teen center', 'summer camp', 'day camp',
    'refugio seguro', 'espacio seguro', 'escuela abierta', 'después de la escuela', 'centro juvenil',
    'programa extracurricular',
  ],
  'street-light-out': [
    'street light', 'streetlight', 'street lights out', 'light out', 'lights out', 'street lighting',
    'broken street light', 'dark street', 'light pole',
    'alumbrado', 'alumbrado público', 'luz de la calle', 'luces de la calle', 'poste de luz', 'farola',
    'luminaria', 'luz apagada',
  ],
  'alley-light-out': [
    'alley light', 'alley lights out', 'alley lighting', 'dark alley',
    'luz de callejón', 'luces del callejón', 'callejón oscuro',
  ],
  'viaduct-light-out': [
    'viaduct', 'viaduct light', 'underpass', 'underpass lighting', 'bridge lighting',
    'viaducto', 'paso a desnivel', 'luz del viaducto',
  ],
  'graffiti-removal': [
    'graffiti', 'graffiti removal', 'graffiti blasters', 'tagging', 'paint over',
    'grafiti', 'pintas', 'borrar grafiti', 'limpieza de grafiti',
  ],
  'vacant-lot-cleanup': [
    'vacant lot', 'empty lot', 'lot cleanup', 'clean vacant lot', 'overgrown lot', 'littered lot',
    'lote baldío', 'lote vacío', 'terreno baldío', 'limpieza de lote',
  ],
  'weed-removal': [
    'weed', 'weed removal', 'weed cutting', 'tall grass', 'overgrown', 'mowing', 'parkway',
    'maleza', 'hierba alta', 'yerba', 'pasto alto', 'cortar la maleza',
  ],
  'vacant-building': [
    'vacant building', 'abandoned building', 'vacant property', 'abandoned property', 'dangerous building',
    'board up', 'boarded up', 'vacant home', 'abandoned house', 'squatters',
    'edificio vacío', 'edificio abandonado', 'casa abandonada', 'propiedad abandonada', 'tapiar',
  ],
  'fly-dumping': [
    'fly dumping', 'illegal dumping', 'dumping', 'dumped', 'debris', 'bulk trash', 'dumped tires', 'tires',
    'construction debris', 'trash pickup',
    'basura tirada', 'tiradero', 'tiradero ilegal', 'escombros', 'llantas', 'basura ilegal',
  ],
  'abandoned-vehicle': [
    'abandoned vehicle', 'abandoned car', 'abandoned auto', 'junk car', 'inoperable vehicle', 'tow',
    'towing', 'vehicle removal', 'derelict vehicle',
    'vehículo abandonado', 'carro abandonado', 'coche abandonado', 'auto abandonado', 'grúa',
  ],
  'no-air-conditioning': [
    'no air conditioning', 'no ac', 'air conditioning complaint', 'no cooling', 'heat complaint',
    'landlord cooling', 'broken air conditioner',
    'sin aire acondicionado', 'sin aire', 'aire acondicionado descompuesto',
  ],
  'cooling-center': [
    'cooling center', 'cooling centre', 'cooling site', 'heat relief', 'heat wave', 'heat advisory',
    'extreme heat', 'beat the heat', 'splash pad',
    'centro de enfriamiento', 'centro de refrigeración', 'ola de calor', 'calor extremo', 'lugar fresco',
  ],
  'street-closure-permit': [
    'street closure', 'street closure permit', 'close a street', 'road closure', 'special event permit',
    'parade permit', 'festival permit', 'public way permit', 'cdot permit',
    'cierre de calle', 'permiso de cierre', 'permiso para evento', 'desfile',
  ],
  'block-party-permit': [
    'block party', 'block party permit', 'block parties', 'neighborhood party', 'street party',
    'fiesta de cuadra', 'fiesta de la cuadra', 'fiesta del barrio', 'fiesta vecinal',
  ],
  'security-rebates': [
    'security camera', 'camera rebate', 'security rebate', 'rebate', 'gps tracker', 'motion sensor light',
    'outdoor lighting rebate', 'home security', 'business security', 'doorbell camera',
    'cámara de seguridad', 'reembolso', 'rastreador gps', 'seguridad del hogar', 'luces con sensor',
  ],
  'food-assistance': [
    'food', 'food pantry', 'pantry', 'emergency food', 'food bank', 'food distribution', 'groceries',
    'meals', 'hot meals', 'soup kitchen', 'free meals', 'snap', 'food stamps', 'wic', 'link card',
    'food depository', 'meal program', 'nutrition assistance',
    'despensa', 'despensa de alimentos', 'banco de comida', 'banco de alimentos', 'alimentos', 'comida',
    'comedor', 'comedor comunitario', 'cupones de alimentos', 'víveres',
  ],
  'information-line': [
    '211', '311', 'information and referral', 'referral line', 'resource line', 'resource directory',
    'community resource', 'help line for services', 'find services', 'call center',
    'información y referidos', 'línea de información', 'directorio de recursos', 'referidos',
  ],
}

/** Words that say nothing about the kind of service, in both languages (folded: no accents). */
export const IGNORED_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'the', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'or', 'from', 'your', 'our',
  'their', 'who', 'that', 'this', 'is', 'are', 'be', 'as', 'into', 'its', 'it', 'we', 'you', 'all', 'per',
  'de', 'del', 'la', 'las', 'el', 'los', 'y', 'e', 'o', 'u', 'en', 'para', 'por', 'con', 'al', 'un', 'una',
  'que', 'su', 'sus', 'se', 'es', 'lo', 'le', 'les', 'mi', 'nuestro', 'nuestra',
])
