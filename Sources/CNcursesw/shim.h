#ifndef JURYDESK_CNCURSESW_SHIM_H
#define JURYDESK_CNCURSESW_SHIM_H
// Wide-character curses: these must be set before curses.h is included.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift cannot see C macros with arguments or some globals; wrap them as inline functions.
static inline WINDOW *jd_stdscr(void) { return stdscr; }
static inline int jd_lines(void) { return LINES; }
static inline int jd_cols(void) { return COLS; }
static inline int jd_colors(void) { return COLORS; }
static inline int jd_color_pairs(void) { return COLOR_PAIRS; }
static inline void jd_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }
static inline attr_t jd_a_normal(void) { return A_NORMAL; }
static inline attr_t jd_a_bold(void) { return A_BOLD; }
static inline attr_t jd_a_underline(void) { return A_UNDERLINE; }
static inline attr_t jd_a_reverse(void) { return A_REVERSE; }
static inline attr_t jd_a_dim(void) { return A_DIM; }
static inline attr_t jd_color_pair(int n) { return COLOR_PAIR(n); }
static inline int jd_key_resize(void) { return KEY_RESIZE; }
static inline int jd_key_code_yes(void) { return KEY_CODE_YES; }
static inline int jd_err(void) { return ERR; }
static inline int jd_ok(void) { return OK; }

// Globals that Swift 6 would flag as shared mutable state; reading them through a function is explicit.
static inline FILE *jd_stdout(void) { return stdout; }
static inline FILE *jd_stdin(void) { return stdin; }
static inline WINDOW *jd_curscr(void) { return curscr; }
// The name of the current locale's character set ("UTF-8" when wide output will work).
static inline const char *jd_codeset(void) { return nl_langinfo(CODESET); }
// The C library's width of a character under the current locale (glibc declares it only for XOPEN).
extern int wcwidth(wchar_t c);
static inline int jd_wcwidth(wchar_t c) { return wcwidth(c); }
// tigetstr returns (char *)-1 for a capability that is not a string; map that and NULL to NULL.
static inline const char *jd_tigetstr(const char *name) {
    char *s = tigetstr((NCURSES_CONST char *)name);
    return (s == (char *)-1) ? NULL : s;
}
// One wide-character cell: setcchar + mvwadd_wch in a single call (pair as int for > 32767 pairs).
static inline int jd_put_cell(WINDOW *w, int y, int x, const wchar_t *wch, attr_t attrs, int pair) {
    cchar_t cc;
    if (setcchar(&cc, wch, attrs, (short)(pair <= 32767 ? pair : 0), (pair > 32767 ? (void *)&pair : NULL)) != OK) return ERR;
    return mvwadd_wch(w, y, x, &cc);
}

#endif
