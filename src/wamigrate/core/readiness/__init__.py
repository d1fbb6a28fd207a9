"""The readiness check: a business profile in, findings with fixes and dated sources out.

``profile`` reads the documented TOML profile; ``catalogue`` the shipped rule data;
``checks`` holds one small evaluation function per rule; ``engine`` runs them.
"""
