// The words for a day of the week in English and Spanish, folded (lowercase, no accents), as
// schedules ("Mon-Fri", "lun a vie") and story times ("Friday 23:30", "sábado 2 pm") are read.

/** Every way of naming a day, by its number (Monday = 0 … Sunday = 6). */
const DAY_WORDS: readonly (readonly string[])[] = [
  ['mon', 'monday', 'lun', 'lunes'],
  ['tue', 'tues', 'tuesday', 'mar', 'martes'],
  ['wed', 'wednesday', 'mie', 'miercoles'],
  ['thu', 'thur', 'thurs', 'thursday', 'jue', 'jueves'],
  ['fri', 'friday', 'vie', 'viernes'],
  ['sat', 'saturday', 'sab', 'sabado'],
  ['sun', 'sunday', 'dom', 'domingo'],
]

// A Map, not an object: a word such as "constructor" must not find a day.
const DAY_OF_WORD = new Map(DAY_WORDS.flatMap((words, day) => words.map((word) => [word, day] as const)))

/** The day a folded word names, or undefined. */
export function dayOfWord(word: string): number | undefined {
  return DAY_OF_WORD.get(word)
}
