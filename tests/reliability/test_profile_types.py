"""B20 (reliability campaign 2): the business profile (TOML) is type-checked. Before the fix
twelve wrong-type values gave tracebacks, and `two_step_verification = "no"` counted as on
(a non-empty string is true in Python), so a blocker was reported as passed."""

import subprocess
import sys

import pytest

from wamigrate.core.readiness.profile import ProfileError, load_profile, profile_from_dict


@pytest.mark.parametrize(
    ("section", "key", "value", "message"),
    [
        ("number", "two_step_verification", '"no"', r"\[number\] two_step_verification = 'no' must be true or false"),
        ("number", "receives_sms", "1", "must be true or false"),
        ("number", "linked_companions", '"two"', "must be a whole number"),
        ("number", "linked_companions", "true", "must be a whole number"),
        ("number", "linked_companions", "-1", "cannot be negative"),
        ("number", "phone", "5511987654321", r"\[number\] phone = 5511987654321 must be text in quotes"),
        ("business", "country", '["BR"]', "must be text in quotes"),
        ("business", "portfolio_exists", '"yes"', "must be true or false"),
        ("business", "website", '{ url = "x" }', "must be text in quotes"),
        ("provider", "payment_method", '"true"', "must be true or false"),
        ("migration", "cutover", "2026-12-01T09:00:00", "must be text in quotes"),
        ("migration", "cutover", '"next monday"', "must be a local date and time"),
        ("migration", "timezone", "3", "must be text in quotes"),
    ],
)
def test_b20_a_wrong_type_names_the_key(tmp_path, section, key, value, message):
    path = tmp_path / "profile.toml"
    path.write_text(f"[{section}]\n{key} = {value}\n", encoding="utf-8")
    with pytest.raises(ProfileError, match=message):
        load_profile(path)


@pytest.mark.parametrize(
    "data",
    [
        {"number": "yes"},
        {"templates": {"name": "x"}},
        {"templates": ["x"]},
        {"templates": [{"name": 5}]},
        {"templates": [{"name": "x", "samples": "a"}]},
        {"templates": [{"name": "x", "buttons": [{"type": 1}]}]},
        {"templates": [{"name": "x", "header_format": "GIF"}]},
    ],
)
def test_b20_odd_shapes_are_errors_not_tracebacks(data):
    with pytest.raises(ProfileError):
        profile_from_dict(data)


def test_b20_the_right_types_still_load_and_unknown_stays_unknown():
    profile = profile_from_dict({"number": {"two_step_verification": False, "linked_companions": 2,
                                            "receives_sms": "unknown"}, "migration": {"cutover": "2026-12-01T09:00"}})  # fmt: skip
    assert profile.two_step_verification is False and profile.linked_companions == 2
    assert profile.receives_sms is None and profile.cutover == "2026-12-01T09:00"


def test_b20_the_command_says_which_key_without_a_traceback(tmp_path):
    path = tmp_path / "profile.toml"
    path.write_text('[number]\ntwo_step_verification = "no"\n', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "wamigrate", "report", "--profile", str(path), "--out",
                           str(tmp_path / "r.json")], capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 1 and "two_step_verification = 'no' must be true or false" in done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / "r.json").exists()
