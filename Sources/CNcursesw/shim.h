#ifndef JURYDESK_CNCURSESW_SHIM_H
#define JURYDESK_CNCURSESW_SHIM_H
// Wide-character curses: these must be set before curses.h is included.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
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

#endif
