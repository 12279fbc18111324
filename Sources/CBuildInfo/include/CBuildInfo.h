#ifndef CBUILDINFO_H
#define CBUILDINFO_H
/* The git commit the binary was built from: `make` writes generated_commit.h beside build_info.c
   (git-ignored); a plain `swift build` has no such file and says "unknown". */
const char *jurydesk_build_commit(void);
#endif
