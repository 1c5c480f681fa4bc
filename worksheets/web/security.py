"""Safe by default: one origin, a strict Content-Security-Policy, no caching of personal pages."""

from __future__ import annotations

import logging

from flask import Flask, abort, request

LOG = logging.getLogger("worksheets.web")

POLICY = "; ".join(
    [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "style-src 'self'",
        "script-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


def install(app: Flask) -> None:
    app.before_request(_same_origin)
    app.after_request(_headers)
    app.after_request(_log)


def _same_origin():
    """Refuse a form sent from another site's page, even before the CSRF token is checked."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return None
    origin = request.headers.get("Origin")
    if origin and origin != request.host_url.rstrip("/"):
        abort(403, "This page only takes forms sent from itself.")
    return None


def _log(response):
    """Log the request's method, page and status only: never a form's values.

    Pictures, fonts and progress polls are left out unless they fail.
    """
    quiet = request.path.startswith(("/static/", "/fonts/", "/thumbnail/")) or request.path.endswith(
        "/status"
    )
    if not quiet or response.status_code >= 400:
        LOG.info("%s %s %s", request.method, request.path, response.status_code)
    return response


def _headers(response):
    response.headers["Content-Security-Policy"] = POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    # "same-origin": with "no-referrer" Chromium sends "Origin: null" on the page's own forms.
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Cross-Origin-Resource-Policy"] = "same-origin"
    if not request.path.startswith(("/static/", "/fonts/", "/thumbnail/")):
        response.headers["Cache-Control"] = "no-store"  # names and answers are not kept by the browser
    return response
