"""wamigrate: move a WhatsApp number to the WhatsApp Business Platform without losing a message."""

__version__ = "0.1.0"
APP_ID = "io.wamigrate.Wamigrate"
APP_NAME = "wamigrate"
