"""core must not import Qt: it runs in the CLI, in workers and in tests without a display."""

import ast
from pathlib import Path

import wamigrate.core

CORE = Path(wamigrate.core.__file__).parent


def test_core_imports_no_qt():
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"} or name.startswith("wamigrate.gui"):
                    offenders.append(f"{path.relative_to(CORE)}: {name}")
    assert offenders == []
