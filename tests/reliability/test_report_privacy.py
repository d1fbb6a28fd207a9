"""B12 (reliability campaign 2): the readiness report, which goes to a provider, carries the
shapes of the business's repeated messages and never a customer's data. Before the fix
"mariana, your order {{1}} is ready" reached the report: a name in lower case at the start
of a sentence, and addresses in lower case, were kept as words."""

import json

from wamigrate.core.archive.importer import ImportOptions, import_export
from wamigrate.core.readiness.pipeline import assess, read_archive
from wamigrate.core.readiness.profile import profile_from_dict
from wamigrate.core.readiness.templates_found import template_candidates

CUSTOMERS = {
    "Mariana Souza": ("mariana", "rua das flores 12"),
    "João Pereira": ("joão", "avenida paulista 900"),
    "Keiko Tanaka": ("keiko", "travessa do limoeiro 3"),
    "Amaru Quispe": ("amaru", "largo da ordem 45"),
    "~ Zé do Bairro": ("zé", "beco dos aflitos 7"),
}
PRIVATE = ["mariana", "souza", "joão", "pereira", "keiko", "tanaka", "amaru", "quispe", "bairro",
           "flores", "paulista", "limoeiro", "ordem", "aflitos", "travessa", "beco", "largo"]  # fmt: skip


def _archive_full_of_names(new_archive, tmp_path):
    archive, _ = new_archive()
    for index, (customer, (first, street)) in enumerate(CUSTOMERS.items()):
        lines = []
        for day in range(1, 5):
            stamp = f"0{day}/05/2023, 1{index}:0"
            lines += [
                f"{stamp}0 - {customer}: oi, tudo bem?",
                f"{stamp}1 - Loja Verde: {first}, your order {100 + day} is ready",
                f"{stamp}2 - Loja Verde: we deliver to {street} tomorrow morning",
                f"{stamp}3 - Loja Verde: obrigado {first} {customer.split()[-1].lower()}!",
            ]
        path = tmp_path / f"WhatsApp Chat with {customer.strip('~ ')}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        import_export(archive, path, ImportOptions(date_order="DMY", timezone="America/Sao_Paulo"))
    return archive


def test_b12_template_candidates_keep_no_name_and_no_address(new_archive, tmp_path):
    archive = _archive_full_of_names(new_archive, tmp_path)
    candidates = template_candidates(archive.connection, "Loja Verde")
    assert [(c["body"], c["times_sent"]) for c in candidates] == [
        ("{{1}}, your order {{2}} is ready", 20),
        ("obrigado {{1}} {{2}}!", 20),
        # four of the five streets have four words; the fifth's shape is one customer's only
        ("we deliver to {{1}} {{2}} {{3}} {{4}} tomorrow morning", 16),
    ]
    text = json.dumps(candidates, ensure_ascii=False).lower()
    for word in PRIVATE:
        assert word not in text, word


def test_b12_no_customer_data_reaches_the_whole_report(new_archive, tmp_path):
    archive = _archive_full_of_names(new_archive, tmp_path)
    profile = profile_from_dict({"business": {"own_name": "Loja Verde", "country": "BR"},
                                 "migration": {"cutover": "2023-05-10T09:00", "timezone": "America/Sao_Paulo"}})  # fmt: skip
    facts = read_archive(archive, profile)
    _readiness, report = assess(profile, facts)
    text = json.dumps(report, ensure_ascii=False).lower()
    assert "your order" in text  # the candidates are in it
    for word in PRIVATE + ["101", "102", "rua "]:
        assert word not in text, text[max(0, text.find(word) - 150) : text.find(word) + 50]
