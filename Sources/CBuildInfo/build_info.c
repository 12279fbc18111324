#include "CBuildInfo.h"
#if __has_include("generated_commit.h")
#include "generated_commit.h"
#endif
#ifndef JURYDESK_BUILD_COMMIT
#define JURYDESK_BUILD_COMMIT "unknown"
#endif

const char *jurydesk_build_commit(void) { return JURYDESK_BUILD_COMMIT; }
