"""WhatsApp's own storage on the phone: the Android backup (``msgstore.db.crypt15``/``.crypt14``
or a plain ``msgstore.db``), read into the archive like an export (issue 18)."""
