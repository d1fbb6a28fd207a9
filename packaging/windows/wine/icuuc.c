/* CI ONLY - never shipped. Built by packaging/windows/ci_under_wine.sh into the Wine prefix's
 * system32, never into dist/ (a test checks that).
 *
 * Why it exists: Qt6Core.dll imports about 20 ucnv_* functions from icuuc.dll, the ICU that
 * every Windows 10 (1903 and later) has in system32. Wine 8 has no icuuc.dll, so without this
 * file Qt6Core does not load at all. Every converter fails to open here, which is what Qt
 * handles when ICU lacks a codec: QStringConverter falls back to its built-in UTF-8/UTF-16/
 * Latin-1 codecs. wamigrate never asks for a legacy codec (no QStringConverter or QTextCodec
 * in src/), so the app under Wine runs the same code paths as on Windows.
 */
#include <stddef.h>

#define EXPORT __declspec(dllexport)
#define U_FILE_ACCESS_ERROR 4 /* ICU's UErrorCode for "no converter data" */

typedef int UErrorCode;

static void *fail(UErrorCode *error)
{
    if (error != NULL && *error <= 0)
        *error = U_FILE_ACCESS_ERROR;
    return NULL;
}

/* The only entry points reached: no converter opens, none is listed. */
EXPORT void *ucnv_open(const char *name, UErrorCode *error) { (void)name; return fail(error); }
EXPORT int ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int n) { (void)n; return NULL; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *error)
{
    (void)name; (void)standard; return fail(error);
}

/* Called only with a converter ucnv_open returned, so never; present because Qt6Core imports
 * them and the loader refuses a DLL with a missing import. */
EXPORT void ucnv_close(void *converter) { (void)converter; }
EXPORT void ucnv_reset(void *converter) { (void)converter; }
EXPORT signed char ucnv_getMaxCharSize(const void *converter) { (void)converter; return 1; }
EXPORT const char *ucnv_getName(const void *converter, UErrorCode *error) { (void)converter; return fail(error); }
EXPORT void ucnv_getToUCallBack(void) {}
EXPORT void ucnv_getFromUCallBack(void) {}
EXPORT void ucnv_setToUCallBack(void) {}
EXPORT void ucnv_setFromUCallBack(void) {}
EXPORT void ucnv_cbToUWriteUChars(void) {}
EXPORT void ucnv_cbFromUWriteUChars(void) {}
EXPORT void ucnv_toUnicode(void) {}
EXPORT void ucnv_fromUnicode(void) {}
EXPORT int ucnv_toUCountPending(const void *converter, UErrorCode *error) { (void)converter; fail(error); return 0; }
EXPORT int ucnv_fromUCountPending(const void *converter, UErrorCode *error) { (void)converter; fail(error); return 0; }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
