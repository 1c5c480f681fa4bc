"""The web page's fixtures: an app with its own config folder, and a client to send forms with."""

from __future__ import annotations

import pytest

from worksheets.web import create_app
from worksheets.web.config import WebConfig


@pytest.fixture
def config(tmp_path) -> WebConfig:
    return WebConfig(config_dir=tmp_path / "config")


@pytest.fixture
def app(config):
    app = create_app(config)
    yield app
    app.extensions["worksheets"]["jobs"].remove_all()


@pytest.fixture
def client(app):
    return app.test_client()
