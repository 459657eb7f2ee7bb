// The number SQLite keeps in a file's header to say which application the file belongs to.

/** "RTB1" in ASCII: lets Roundtable tell its own files from any other SQLite database. */
export const ROUNDTABLE_APPLICATION_ID = 0x52544231
