"""B15 (reliability campaign 2): importing and verifying many chats is linear. Before the
fix each import's word indexing and verify's per-import counts scanned the whole messages
table (no index on a message's import), and the free-id check scanned every message of the
same days in every chat: 10,000 small chats took 168 s. The figures are measured in
benchmarks/bench_many_chats.py; these tests check the structure that makes them linear."""

from conftest import FAST_KDF
from wamigrate.core.archive import importer, schema
from wamigrate.core.archive.importer import ImportOptions, import_export
from wamigrate.core.archive.store import Archive
from wamigrate.core.archive.verify import verify

PASS = "correct horse battery staple"


def _plan(archive, sql, *args):
    return " ".join(row[-1] for row in archive.connection.execute(f"EXPLAIN QUERY PLAN {sql}", args))


def test_b15_lookups_by_import_use_an_index(new_archive):
    archive, _ = new_archive()
    assert "messages_by_source" in _plan(archive, "SELECT id, text FROM messages WHERE source_id = ?", 1)
    assert "messages_by_source" in _plan(archive, "SELECT count(*) FROM messages WHERE source_id = ?", 1)
    assert "SCAN messages" not in _plan(
        archive, "SELECT id FROM messages WHERE id IN (SELECT value FROM json_each(?))", "[1, 2]"
    )


def test_b15_an_archive_of_schema_1_gets_the_index_when_opened(tmp_path):
    archive, _ = Archive.create(tmp_path / "old", PASS, argon2=FAST_KDF)
    archive.connection.execute("DROP INDEX messages_by_source")
    archive.connection.execute("DROP TABLE chat_aliases")  # schema 3's
    for statement in (  # schema 4's
        "DROP INDEX messages_by_wa_id", "DROP INDEX chats_by_jid", "DROP TABLE reactions", "DROP TABLE replaced_messages",
        "ALTER TABLE messages DROP COLUMN wa_id", "ALTER TABLE messages DROP COLUMN reply_to",
        "ALTER TABLE messages DROP COLUMN extra", "ALTER TABLE chats DROP COLUMN jid",
        "ALTER TABLE sources DROP COLUMN kind",
    ):  # fmt: skip
        archive.connection.execute(statement)
    archive.connection.execute("PRAGMA user_version = 1")
    archive.close()
    with Archive.open(tmp_path / "old", PASS) as reopened:
        assert reopened.connection.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION == 4
        assert "messages_by_source" in _plan(reopened, "SELECT 1 FROM messages WHERE source_id = ?", 1)
        assert reopened.connection.execute("SELECT count(*) FROM chat_aliases").fetchone() == (0,)
        assert reopened.connection.execute("SELECT count(*) FROM reactions").fetchone() == (0,)


def test_b15_a_folder_of_many_small_chats_is_imported_whole_in_shared_commits(new_archive, tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "BATCH_EXPORTS", 7)  # several batches, and one left over
    folder = tmp_path / "exports"
    folder.mkdir()
    for n in range(30):
        (folder / f"WhatsApp Chat with Cliente {n}.txt").write_text(
            "".join(f"01/03/2024, 10:0{i} - Cliente {n}: pedido {n} linha {i}\n" for i in range(5)), encoding="utf-8"
        )
    archive, _ = new_archive()
    results = import_export(archive, folder, ImportOptions(date_order="DMY", timezone="UTC"))
    assert len(results) == 30 and sum(r.new_messages for r in results) == 150
    report = verify(archive)  # includes the full-text index against every message
    assert report.ok, report.problems
    hits = archive.connection.execute("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'pedido'").fetchone()
    assert hits == (150,)
    assert archive.connection.execute("SELECT count(*) FROM sources").fetchone() == (30,)
