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


SRC = CORE.parent
# Windows, renderers and the command line ask core; only core speaks SQL (Vorta's rule: views
# never touch the database).
FORBIDDEN_SQL = (".connection", ".execute(", "sqlite")


def sql_lines(text: str) -> list[int]:
    """The numbers of the lines that reach the database themselves."""
    return [n for n, line in enumerate(text.splitlines(), 1) if any(word in line for word in FORBIDDEN_SQL)]


def test_no_sql_outside_core():
    paths = [*(SRC / "gui").rglob("*.py"), *(SRC / "render").rglob("*.py"), SRC / "cli.py"]
    offenders = []
    for path in sorted(paths):
        if path.name == "qt_resources.py":  # generated: compiled resources, no code of ours
            continue
        text = path.read_text(encoding="utf-8")
        offenders += [f"{path.relative_to(SRC)}:{n}" for n in sql_lines(text)]
    assert offenders == []


def test_the_sql_check_finds_a_window_reading_the_database():
    window = 'def fill(self):\n    rows = self.archive.connection.execute("SELECT 1")\n    import sqlite3\n    ok = 1\n'
    assert sql_lines(window) == [2, 3]
