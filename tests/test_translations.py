"""The shipped translations are whole and current, and every user-visible string in the code
is wrapped so that Qt's tools can collect it.

- the .ts files hold exactly the strings pyside6-lupdate finds in the code today (a string
  added, changed or removed without `python packaging/translations.py update` fails);
- no shipped translation is unfinished or empty, plural forms included;
- placeholders ({0}, %n, %Ln) and markup (<b>, <i>, …) in each translation match the source;
- no string literal reaches a widget without tr() (a list of Qt calls that show text), and
  no tr() hides inside an f-string, where lupdate cannot see it.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

from translations import FOLDER, TITLES, source_files, titles_module, tool  # noqa: E402

from wamigrate.languages import LANGUAGES  # noqa: E402


def messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


def ts_file(language: str) -> Path:
    return FOLDER / f"wamigrate_{language}.ts"


def test_every_language_has_its_file_and_the_resources_list_it():
    qrc = (ROOT / "resources" / "wamigrate.qrc").read_text(encoding="utf-8")
    for language in LANGUAGES:
        assert ts_file(language).exists(), language
        assert f"translations/wamigrate_{language}.qm" in qrc, language
    assert sorted(path.name for path in FOLDER.glob("*.ts")) == sorted(f"wamigrate_{x}.ts" for x in LANGUAGES)


def test_ts_files_hold_exactly_the_strings_in_the_code(tmp_path):
    assert TITLES.read_text(encoding="utf-8") == titles_module(), "run python packaging/translations.py update"
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [*tool("lupdate"), "-no-obsolete", "-locations", "none", *map(str, source_files()), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    expected = {(m.findtext("source"), m.findtext("comment")) for m in messages(fresh)}
    assert len(expected) > 500
    for language in LANGUAGES:
        shipped = {(m.findtext("source"), m.findtext("comment")) for m in messages(ts_file(language))}
        if language == "en":  # the source language ships its plural forms only
            plurals = {(m.findtext("source"), m.findtext("comment")) for m in messages(fresh) if m.get("numerus")}
            assert shipped == plurals
        else:
            assert shipped == expected, f"{language}: run python packaging/translations.py update"


_PLACEHOLDER = re.compile(r"\{\d+\}|%L?n|%p%?")
_TAG = re.compile(r"</?([a-z]+)[^>]*>")


def _shape(text: str) -> tuple[list[str], list[str]]:
    return sorted(_PLACEHOLDER.findall(text)), sorted(_TAG.findall(text))


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_are_finished_and_keep_placeholders(language):
    problems = []
    for message in messages(ts_file(language)):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"unfinished: {source!r}")
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] if message.get("numerus") else None
        for text in forms if forms is not None else [translation.text or ""]:
            if not text.strip() and source.strip():
                problems.append(f"empty: {source!r}")
            elif _shape(text) != _shape(source) and not (forms and _shape(text)[1] == _shape(source)[1]):
                problems.append(f"placeholders differ: {source!r} -> {text!r}")
        # a plural form may leave out the count ("one message"), not all of them
        if forms is not None and not any("%n" in f or "%Ln" in f for f in forms):
            problems.append(f"no count in any plural form: {source!r}")
    assert not problems, "\n".join(problems[:20])


def test_translations_compile_and_load(qapp):
    from PySide6.QtCore import QLocale, QTranslator

    import wamigrate.gui.qt_resources  # noqa: F401 - the compiled translations

    translator = QTranslator()
    assert translator.load(QLocale("pt_BR"), "wamigrate", "_", ":/translations")
    assert translator.translate("", "Import chat exports") == "Importar exportações de conversas"
    assert translator.translate("", "%Ln message(s)", None, 1) == "%Ln mensagem"
    chinese = QTranslator()
    assert chinese.load(QLocale("zh_HK"), "wamigrate", "_", ":/translations")
    assert chinese.translate("", "Search") == "搜尋"


# -- strings in the code -------------------------------------------------------------------------

# Qt calls (and wamigrate's dialog wrappers) whose string arguments are shown to the user.
_SHOWN = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setAccessibleName",
    "setAccessibleDescription", "setTitle", "setSubTitle", "addItem", "insertItem", "setItemText",
    "setStatusTip", "setLabelText", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QAction", "QToolButton", "QMenu", "addAction", "addMenu", "addTab", "setTabText", "setHeaderLabels",
    "showMessage", "setWhatsThis", "setButtonText", "setHtml", "setPlainText", "setSpecialValueText",
    "setSuffix", "setPrefix", "setFormat", "addRow", "setInformativeText", "setDetailedText",
    "information", "warning", "critical", "question", "confirm", "error", "save_path", "open_paths",
    "open_path", "choose_folder", "_action", "paragraph", "setCancelButtonText", "JobDialog", "inform",
}  # fmt: skip
# Arguments that are not words for people: file names, key sequences, machine formats.
_NOT_WORDS = re.compile(
    r"^(Ctrl|Alt|Shift|Meta)\+|\.(pdf|html|json|txt|\x00)$|^\[\[templates\]\]|^[A-Z0-9]{4}(-[A-Z0-9]{2,4})+$"
)
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def _words(node: ast.AST) -> str | None:
    """The human words an argument carries outside tr(), or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value if isinstance(v, ast.Constant) else "\x00" for v in node.values)
    elif isinstance(node, ast.BinOp):
        return _words(node.left) or _words(node.right)
    else:
        return None
    if _NOT_WORDS.search(text):
        return None
    text = re.sub(r"<[^>]*>|&\w+;|\b(style|color|align|src|width|href)\b", "", text)
    return text if _LETTERS.search(text) else None


def _qt_sources() -> list[Path]:
    return [p for p in source_files() if p.parts[-2] in ("gui", "wizard", "render")]


def test_no_unwrapped_string_reaches_a_widget():
    found = []
    for path in _qt_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in _SHOWN:
                continue
            arguments = node.args[:1] if name in ("addItem", "insertItem") else node.args
            for argument in arguments:
                words = _words(argument)
                if words:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}({words[:60]!r})")
    assert not found, "wrap these in tr():\n" + "\n".join(found)


def test_no_literal_tr_inside_an_f_string():
    found = []
    for path in source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if (
                        isinstance(inner, ast.Call)
                        and getattr(inner.func, "id", "") == "tr"
                        and isinstance(inner.args[0], ast.Constant)
                    ):
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, "lupdate cannot see tr() in an f-string:\n" + "\n".join(found)


def test_the_check_catches_an_unwrapped_string():
    tree = ast.parse(
        'label.setText("Import finished")\nlabel.setText(tr("Import finished"))\nbox.addItem(tr("A"), "all")'
    )
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call) and getattr(node.func, "attr", "")]
    assert _words(calls[0].args[0]) == "Import finished"
    assert _words(calls[1].args[0]) is None
    assert _words(ast.parse('f"{n} messages"').body[0].value) is not None
    assert _words(ast.parse('"Ctrl+I"').body[0].value) is None
