/* CI ONLY - never shipped. Built by packaging/windows/ci_under_wine.sh into the Wine prefix's
 * system32, never into dist/ (a test checks that).
 *
 * Why it exists: cryptography's _rust.pyd (Rust's standard library) takes its random bytes
 * from bcryptprimitives.dll!ProcessPrng, present on Windows 10 and later but missing in
 * Wine 8, so `import cryptography` fails with "DLL load failed". This gives the same bytes
 * from the system RNG that Wine does implement, BCryptGenRandom.
 */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length; /* BCryptGenRandom takes a ULONG */
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
