"""The shared libraries this process has loaded, as full paths, on each OS.

The self-test uses it to prove that SQLCipher is the copy built into the ``sqlcipher3``
extension: a build linked to a separate SQLCipher library could pick up whichever one the
machine has (or none), and the same code would then run on a different cipher.
"""

from __future__ import annotations

import sys


def loaded_libraries() -> list[str]:
    """Full paths; empty where the OS gives no list (then the caller says so)."""
    if sys.platform == "win32":
        return _windows()
    if sys.platform == "darwin":
        return _macos()
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            fields = (line.split(None, 5) for line in maps)  # the sixth field, when present, is the path
            paths = {parts[5].strip() for parts in fields if len(parts) == 6}
    except OSError:
        return []
    return sorted(path for path in paths if path.startswith("/"))


def _windows() -> list[str]:
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    psapi = ctypes.WinDLL("psapi", use_last_error=True)
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    psapi.EnumProcessModules.argtypes = [
        wintypes.HANDLE, ctypes.POINTER(wintypes.HMODULE), wintypes.DWORD, ctypes.POINTER(wintypes.DWORD),
    ]  # fmt: skip
    kernel32.GetModuleFileNameW.argtypes = [wintypes.HMODULE, wintypes.LPWSTR, wintypes.DWORD]
    process = kernel32.GetCurrentProcess()
    modules = (wintypes.HMODULE * 4096)()
    needed = wintypes.DWORD()
    if not psapi.EnumProcessModules(process, modules, ctypes.sizeof(modules), ctypes.byref(needed)):
        return []
    count = min(needed.value // ctypes.sizeof(wintypes.HMODULE), len(modules))
    paths = []
    name = ctypes.create_unicode_buffer(32768)  # long paths (\\?\...) fit
    for module in modules[:count]:
        if module and kernel32.GetModuleFileNameW(module, name, len(name)):
            paths.append(name.value)
    return paths


def _macos() -> list[str]:
    import ctypes

    system = ctypes.CDLL(None)
    system._dyld_image_count.restype = ctypes.c_uint32
    system._dyld_get_image_name.restype = ctypes.c_char_p
    system._dyld_get_image_name.argtypes = [ctypes.c_uint32]
    names = (system._dyld_get_image_name(index) for index in range(system._dyld_image_count()))
    return [name.decode("utf-8", "replace") for name in names if name]
