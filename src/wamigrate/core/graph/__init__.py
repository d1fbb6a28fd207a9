"""Meta's Graph API, read only: the live readiness check (optional, online)."""
