"""Qt's translation tooling for wamigrate.

    python packaging/translations.py update   # sources -> resources/translations/*.ts
    python packaging/translations.py release DIR   # *.ts -> DIR/wamigrate_*.qm

``update`` first writes src/wamigrate/core/readiness/catalogue_titles.py, so the rule titles
in catalogue.toml (data lupdate cannot read) are collected like any other string; it then
runs pyside6-lupdate over every Python source into one .ts per shipped language, keeping
existing translations and dropping strings that left the code. Translators edit the .ts
files (Qt Linguist); packaging/resources.py releases them into the Qt resources.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
SOURCES = ROOT / "src" / "wamigrate"
CATALOGUE = SOURCES / "core" / "readiness" / "catalogue.toml"
TITLES = SOURCES / "core" / "readiness" / "catalogue_titles.py"
# qt_resources.py is generated and holds no strings; the self-test looks up Qt's own strings.
SKIP = {SOURCES / "gui" / "qt_resources.py", SOURCES / "self_test.py"}


def languages() -> tuple[str, ...]:
    sys.path.insert(0, str(ROOT / "src"))
    from wamigrate.languages import LANGUAGES

    return LANGUAGES


def tool(name: str) -> list[str]:
    script = Path(sys.executable).with_name(f"pyside6-{name}")
    return [str(script)] if script.exists() else [sys.executable, "-m", "PySide6.scripts.pyside_tool", name]


def titles_module() -> str:
    rules = tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))["rule"]
    lines = [
        '"""The readiness rules\' titles, marked for translation. Generated from catalogue.toml by',
        'packaging/translations.py update. Do not edit."""',
        "",
        "from wamigrate.core.translatable import QT_TR_NOOP",
        "",
        "TITLES = (",
        *(f"    QT_TR_NOOP({rule['title']!r}),  # {rule['id']}" for rule in rules),
        *(f"    QT_TR_NOOP({r['source_note']!r}),  # {r['id']} source" for r in rules if r.get("source_note")),
        ")",
        "",
    ]
    return "\n".join(lines)


def source_files() -> list[Path]:
    return sorted(path for path in SOURCES.rglob("*.py") if path not in SKIP)


def update() -> None:
    TITLES.write_text(titles_module(), encoding="utf-8")
    files = [str(path) for path in source_files()]
    for language in languages():
        target = FOLDER / f"wamigrate_{language}.ts"
        # English is the source language: its file holds only the plural forms ("1 chat", "2 chats").
        only_plurals = ["-pluralonly"] if language == "en" else []
        subprocess.run(
            [*tool("lupdate"), "-no-obsolete", "-locations", "none", *only_plurals, "-source-language", "en",
             "-target-language", language, *files, "-ts", str(target)],
            check=True, capture_output=True,
        )  # fmt: skip
        print(f"updated {target.relative_to(ROOT)}")


def release(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(FOLDER.glob("wamigrate_*.ts")):
        qm = folder / ts.with_suffix(".qm").name
        subprocess.run([*tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main() -> int:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update")
    release_command = commands.add_parser("release")
    release_command.add_argument("folder", type=Path)
    args = parser.parse_args()
    if args.command == "update":
        update()
    else:
        for qm in release(args.folder):
            print(f"wrote {qm}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
