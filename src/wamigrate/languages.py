"""The languages wamigrate ships (no Qt here: the command line lists them too)."""

# The languages wamigrate ships (resources/translations/wamigrate_<name>.ts); English is
# the source language, its file only gives the plural forms.
LANGUAGES = ("en", "pt_BR", "es_419", "id", "hi", "zh_TW", "zh_HK", "zh_CN")
# Each language in its own words, for the language menu (not translated, by design).
LANGUAGE_NAMES = {
    "en": "English",
    "pt_BR": "Português (Brasil)",
    "es_419": "Español (Latinoamérica)",
    "id": "Bahasa Indonesia",
    "hi": "हिन्दी",
    "zh_TW": "繁體中文（台灣）",
    "zh_HK": "繁體中文（香港）",
    "zh_CN": "简体中文（中国）",
}
