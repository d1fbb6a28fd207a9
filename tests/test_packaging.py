"""The packaging inputs are consistent: compiled resources up to date, desktop entry and
metadata well-formed and naming the app id, the spec reading the version from the package,
and the self-test passing in this environment (CI runs it again in the installed .deb)."""

import configparser
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from wamigrate import APP_ID, __version__

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"


def test_compiled_resources_are_up_to_date():
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "resources.py"), "--check"],
                            capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_metainfo_and_mime_type():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    main = entry["Desktop Entry"]
    assert main["Exec"] == "wamigrate %f" and main["Icon"] == APP_ID and main["Type"] == "Application"
    assert main["MimeType"] == "application/x-wamigrate-archive;"
    assert entry["Desktop Action browse"]["Exec"] == "wamigrate browse"
    metainfo = ElementTree.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == APP_ID and metainfo.find("launchable").text == f"{APP_ID}.desktop"
    assert metainfo.find("releases/release").get("version") == "@VERSION@"  # filled in by build_deb.py
    mime = ElementTree.parse(LINUX / f"{APP_ID}-mime.xml").getroot()
    namespace = "{http://www.freedesktop.org/standards/shared-mime-info}"
    assert mime.find(f"{namespace}mime-type/{namespace}glob").get("pattern") == "*.wamarchive"


def test_spec_takes_version_and_id_from_the_package():
    spec = (ROOT / "installer.spec").read_text(encoding="utf-8")
    assert "from wamigrate import APP_ID, APP_NAME, __version__" in spec
    assert "upx=False" in spec and "PySide6.QtWebEngineCore" not in [line.strip() for line in spec.splitlines()]
    assert __version__.count(".") == 2


@pytest.mark.gui
def test_self_test_passes_here(tmp_path):
    # Its own temporary folder: another self-test running beside it (a second suite) must not
    # be mistaken for leftovers of this one.
    private = tmp_path / "tmp"
    private.mkdir()
    env = {**os.environ, "TMPDIR": str(private)}
    result = subprocess.run([sys.executable, "-m", "wamigrate", "--self-test"], capture_output=True, text=True,
                            cwd=tmp_path, timeout=120, env=env)  # fmt: skip
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert [line.split(":")[0] for line in lines[:-1]] == [
        "ok   SQLCipher", "ok   archive", "ok   archive lock", "ok   parallel reader", "ok   import", "ok   reopen",
        "ok   search",
        "ok   verify", "ok   PDF", "ok   rules and rates", "ok   translations", "ok   live check",
        "ok   Qt platform plugins", "ok   image formats",
    ]  # fmt: skip
    assert "built into _sqlite3" in lines[0]
    assert f"José{os.sep}Documents{os.sep}Loja Ação.wamarchive" in lines[1]
    assert lines[2].startswith("ok   archive lock: refused to a second process while held, granted once released")
    assert lines[3].startswith("ok   parallel reader: 6,000 messages in ") and "read by 2 worker processes" in lines[3]
    # The package's data files are inside: the rules and the rate card (0.0625 + 0.0625 + 0.0592).
    assert lines[9].startswith("ok   rules and rates: 48 rules as of 2026-12-02; Meta's rates effective 2026-04-01: "
                               "3 templates to Brazil and Portugal cost USD 0.18")  # fmt: skip
    assert lines[-1].startswith("all checks passed")
    assert not list(private.glob("wamigrate-self-test-*"))  # it cleans up after itself


def test_an_archive_given_as_its_folder_or_a_file_inside(new_archive, tmp_path):
    from wamigrate.cli import _archive_path

    archive, _ = new_archive("shop")
    folder = archive.folder
    archive.close()
    assert _archive_path(str(folder)) == folder
    assert _archive_path(str(folder / "archive.db")) == folder  # "Open with…" on a file inside
    assert _archive_path(str(tmp_path)) is None


def test_the_self_test_tries_the_workers_again_and_says_why_the_first_try_read_here(monkeypatch, tmp_path):
    """A one-off failure to start the worker processes (seen once under Wine) is said with its
    reason; a failure that lasts fails the check with both reasons."""
    import io

    from wamigrate import self_test
    from wamigrate.core.export import parallel
    from wamigrate.core.process_pool import ProcessPool

    monkeypatch.setenv("TMPDIR", str(tmp_path))
    calls = []

    def once(workers):
        calls.append(workers)
        if len(calls) == 1:
            raise OSError("no processes now")
        return ProcessPool(workers)

    monkeypatch.setattr(parallel, "_executor", once)
    out = io.StringIO()
    self_test.run(out)
    [line] = [line for line in out.getvalue().splitlines() if "parallel reader" in line]
    assert line.startswith("ok   parallel reader: 6,000 messages in ")
    assert "read by 2 worker processes at the second try (the first: 0 range(s) read by worker processes and " in line
    assert "in this process (the worker processes could not be started: OSError('no processes now')))" in line

    def never(workers):
        raise OSError("no processes at all")

    monkeypatch.setattr(parallel, "_executor", never)
    out = io.StringIO()
    assert self_test.run(out) == 1
    [line] = [line for line in out.getvalue().splitlines() if "parallel reader" in line]
    assert line.startswith("FAIL parallel reader: RuntimeError: the worker processes did not start: 0 range(s)")
    assert line.count("could not be started: OSError('no processes at all')") == 2 and "; then " in line
