#ifndef JURYDESK_CZLIB_SHIM_H
#define JURYDESK_CZLIB_SHIM_H
#include <zlib.h>

// inflateInit2 and deflateInit2 are macros (they pass the library version and the struct size),
// which Swift cannot import. Negative window bits mean raw deflate, as zip entries store it.
static inline int jd_inflate_init_raw(z_stream *s) {
    return inflateInit2(s, -15);
}
static inline int jd_deflate_init_raw(z_stream *s, int level) {
    return deflateInit2(s, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
}
#endif
