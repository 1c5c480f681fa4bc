"""``worksheets serve``: the whole tool as a local web page, for people who never open a terminal.

A thin Flask layer over the same core the command line uses: a ``Session`` per
set of print settings (kept warm in ``Sessions``), the same models for every
input, the same messages for every mistake. Nothing leaves the machine.
"""

from __future__ import annotations

import secrets

from flask import Flask

from worksheets.web.config import WebConfig

LOCAL_HOSTS = ["127.0.0.1", "localhost", "[::1]", "::1"]


def trusted_hosts(host: str | None) -> list[str] | None:
    """Return the host names answered: this computer's, and the address the user chose.

    Listening on every address (0.0.0.0) was asked for with a warning: then any name is answered.
    """
    if host in ("0.0.0.0", "::"):
        return None
    return LOCAL_HOSTS + ([host] if host and host not in LOCAL_HOSTS else [])


def create_app(config: WebConfig | None = None, host: str | None = None) -> Flask:
    """Make the web app; ``host`` is an address the user chose besides this machine's own."""
    from flask_wtf.csrf import CSRFProtect

    from worksheets.web import security
    from worksheets.web.jobs import Jobs
    from worksheets.web.sessions import Sessions
    from worksheets.web.views import BLUEPRINTS

    config = config or WebConfig()
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=secrets.token_bytes(32),  # new at every start: nothing outlives the server
        MAX_CONTENT_LENGTH=config.max_request_bytes,
        MAX_FORM_MEMORY_SIZE=config.max_request_bytes,
        TRUSTED_HOSTS=trusted_hosts(host),
        SESSION_COOKIE_SAMESITE="Strict",
        WTF_CSRF_TIME_LIMIT=None,  # a page left open all afternoon still works
        WTF_CSRF_SSL_STRICT=False,
    )
    app.extensions["worksheets"] = {
        "config": config,
        "sessions": Sessions(config),
        "jobs": Jobs(config),
        "thumbnails": {},  # (language, document id) -> PNG of its first page
    }
    CSRFProtect(app)
    security.install(app)
    for blueprint in BLUEPRINTS:
        app.register_blueprint(blueprint)
    return app
