// SwiftPM drops pkg-config's -D flags, so the wide-character API must be
// switched on here, before curses.h, or wget_wch/wint_t disappear.
#ifndef SCOPEWALK_CNCURSES_SHIM_H
#define SCOPEWALK_CNCURSES_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <ncursesw/curses.h>

// Macros built from other macros are not imported into Swift.
static inline int sw_key_f(int n) { return KEY_F(n); }
static inline unsigned int sw_a_bold(void) { return A_BOLD; }
static inline unsigned int sw_a_reverse(void) { return A_REVERSE; }
static inline unsigned int sw_a_underline(void) { return A_UNDERLINE; }
static inline unsigned int sw_a_dim(void) { return A_DIM; }
static inline unsigned int sw_a_normal(void) { return A_NORMAL; }
static inline unsigned int sw_color_pair(int n) { return COLOR_PAIR(n); }

// (Not curses: the only C shim of the package.) prctl is variadic, so not
// imported: the holder of a checkpointed session reaps its orphans.
#include <sys/prctl.h>
static inline int sw_become_child_subreaper(void) { return prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0); }
#endif
