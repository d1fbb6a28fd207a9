"""Renderers that need Qt's painting (QtGui) but no windows: the PDF report and its charts.

Kept apart from ``core`` (which imports no Qt) and from ``gui`` (widgets), so that the
CLI can write a PDF on a machine without a display.
"""
