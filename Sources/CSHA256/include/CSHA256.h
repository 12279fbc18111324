#ifndef CSHA256_H
#define CSHA256_H
#include <stddef.h>
#include <stdint.h>
/* SHA-256 block compression (FIPS 180-4) for JuryStore's SHA256: every seal, audit entry and
   import hash goes through it. Our own code, not a library: the SHA extensions of x86-64 CPUs
   when present (about ten times the portable speed), portable C otherwise. */

/* Compresses `blocks` 64-byte blocks of `data` into `state` (eight words, host order). */
void jurydesk_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

/* The portable path alone, and the SHA-extension path alone (tests compare them). */
void jurydesk_sha256_blocks_portable(uint32_t state[8], const uint8_t *data, size_t blocks);
/* Returns 0 and does nothing when the CPU lacks the SHA extensions. */
int jurydesk_sha256_blocks_shani(uint32_t state[8], const uint8_t *data, size_t blocks);

/* 1 when this CPU has the SHA extensions (and SSSE3, SSE4.1) and they are used. */
int jurydesk_sha256_uses_shani(void);
#endif
