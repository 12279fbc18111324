#ifndef JURYDESK_CSQLITE3_SHIM_H
#define JURYDESK_CSQLITE3_SHIM_H
#include <sqlite3.h>

// SQLITE_TRANSIENT is a cast macro Swift cannot import: it tells SQLite to copy bound text at once.
static inline sqlite3_destructor_type jd_sqlite_transient(void) { return SQLITE_TRANSIENT; }

// Bind wrappers that always copy, so a Swift buffer may be released as soon as the call returns.
static inline int jd_bind_text(sqlite3_stmt *s, int i, const char *text, int bytes) {
    return sqlite3_bind_text(s, i, text, bytes, SQLITE_TRANSIENT);
}
static inline int jd_bind_blob(sqlite3_stmt *s, int i, const void *data, int bytes) {
    return sqlite3_bind_blob(s, i, data, bytes, SQLITE_TRANSIENT);
}

// sqlite3_config is variadic, which Swift cannot call. Memory statistics (on by default) take a
// global mutex around every allocation SQLite makes; JuryDesk never reads them. Must run before
// the first connection opens; SQLITE_MISUSE afterwards, which changes nothing.
static inline int jd_sqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

// statfs(2) lives in <sys/vfs.h>, which Swift's Glibc module does not export; the store needs it to
// refuse WAL on network filesystems before SQLite ever touches the file. Returns -1 on failure.
#include <sys/vfs.h>
static inline int jd_statfs_type(const char *path, long long *type_out) {
    struct statfs info;
    if (statfs(path, &info) != 0) return -1;
    *type_out = (long long)info.f_type;
    return 0;
}
#endif
