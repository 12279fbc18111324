#ifndef JURYDESK_CSQLITE3_SHIM_H
#define JURYDESK_CSQLITE3_SHIM_H
#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro Swift cannot import: it tells SQLite to copy bound text at once.
static inline sqlite3_destructor_type jd_sqlite_transient(void) { return SQLITE_TRANSIENT; }
#endif
