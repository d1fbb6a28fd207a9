"""The Qt front end: thin windows and pages over ``wamigrate.core``."""
