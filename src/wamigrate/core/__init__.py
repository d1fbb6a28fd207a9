"""The Qt-free heart of wamigrate: export reading, archive, analysis, readiness rules.

Nothing under this package may import Qt; a test enforces it.
"""
