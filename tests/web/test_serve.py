"""``worksheets serve``: this computer only unless asked, and a warning when asked."""

from __future__ import annotations

import urllib.request

from browser import running_server


def test_the_server_listens_on_this_computer_and_says_where(tmp_path):
    log = tmp_path / "log"
    with running_server(tmp_path, log) as url:
        page = urllib.request.urlopen(url + "/").read().decode()
        assert "Library" in page
    text = log.read_text()
    assert "Attachment worksheets is open at http://localhost:" in text
    assert "warning" not in text
    assert "GET / 200" in text and "development server" not in text
    assert "Step 1" not in text, "WeasyPrint's progress stays out of the log"


def test_another_address_needs_asking_and_is_warned_about(tmp_path):
    log = tmp_path / "log"
    with running_server(tmp_path, log, "--host", "0.0.0.0") as url:
        assert urllib.request.urlopen(url + "/practice").status == 200
    text = log.read_text()
    assert "warning: listening on 0.0.0.0: other computers on the network can open this page" in text
