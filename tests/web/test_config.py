"""Where the web page keeps the practice: the user's own config folder."""

from __future__ import annotations

from worksheets.web.config import WebConfig, default_config_dir


def test_the_practice_is_kept_in_the_users_config_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert default_config_dir() == tmp_path / "worksheets"
    assert WebConfig().brand_file == tmp_path / "worksheets" / "brand.yaml"
    assert WebConfig().max_roster_bytes == 1024 * 1024 and WebConfig().max_logo_bytes == 2 * 1024 * 1024
