"""The encrypted chat archive: a SQLCipher database whose key is kept wrapped in key slots.

Modules: ``store`` (create, open, secrets, stats), ``importer`` (exports in, one
transaction per file), ``search``, ``verify``, ``exporter`` (chats out as HTML, TXT, JSON),
``keyslots``, ``database``, ``schema``, ``identity``, ``rows`` and ``worker`` (import
internals), ``lock``, ``recovery``, ``errors``. Kept import-light: the import helper
process loads only what it needs.
"""
