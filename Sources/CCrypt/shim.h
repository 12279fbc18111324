#ifndef JURYDESK_CCRYPT_SHIM_H
#define JURYDESK_CCRYPT_SHIM_H
#include <crypt.h>

// struct crypt_data is large (~32 KiB); its size is exported so Swift can allocate one per call.
static inline unsigned long jd_crypt_data_size(void) { return sizeof(struct crypt_data); }
static inline int jd_crypt_output_size(void) { return CRYPT_OUTPUT_SIZE; }
static inline int jd_crypt_gensalt_output_size(void) { return CRYPT_GENSALT_OUTPUT_SIZE; }
#endif
