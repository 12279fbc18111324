#ifndef JURYDESK_CCRYPT_SHIM_H
#define JURYDESK_CCRYPT_SHIM_H
#include <crypt.h>
#include <string.h>

// struct crypt_data is large (~32 KiB); its size is exported so Swift can allocate one per call.
static inline unsigned long jd_crypt_data_size(void) { return sizeof(struct crypt_data); }
static inline int jd_crypt_output_size(void) { return CRYPT_OUTPUT_SIZE; }
static inline int jd_crypt_gensalt_output_size(void) { return CRYPT_GENSALT_OUTPUT_SIZE; }

// Hashes `phrase` with `setting` into caller-owned `data` (zeroed first so no earlier secret lingers
// in the scratch area) and copies the result to `out`; returns 0 on success, -1 on failure.
static inline int jd_crypt_into(const char *phrase, const char *setting, struct crypt_data *data,
                                char *out, int out_size) {
    memset(data, 0, sizeof(struct crypt_data));
    char *r = crypt_r(phrase, setting, data);
    int ok = (r != NULL && r[0] != '*' && (int)strlen(r) < out_size);
    if (ok) strcpy(out, r);
    // The scratch area holds key material derived from the PIN; wipe it before returning.
    memset(data, 0, sizeof(struct crypt_data));
    return ok ? 0 : -1;
}
#endif
