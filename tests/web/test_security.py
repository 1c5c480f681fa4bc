"""Safe by default: tokens, one origin, local hosts only, size limits, a strict policy, no names in logs."""

from __future__ import annotations

import io
import logging

from webpage import handout_form, post, token

from worksheets.web import create_app


def test_every_page_carries_a_strict_content_security_policy(client):
    response = client.get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Cache-Control"] == "no-store"


def test_a_form_without_its_token_is_refused(client):
    response = client.post("/make", data=handout_form())
    assert response.status_code == 400
    assert b"CSRF" in response.data
    assert response.mimetype != "application/pdf"


def test_a_form_sent_from_another_site_is_refused_even_with_a_token(client):
    data = {"csrf_token": token(client), **handout_form()}
    response = client.post("/make", data=data, headers={"Origin": "http://evil.example"})
    assert response.status_code == 403


def test_a_form_from_the_page_itself_is_taken(client):
    data = {"csrf_token": token(client), **handout_form()}
    response = client.post("/make", data=data, headers={"Origin": "http://localhost"})
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"


def test_only_this_computers_names_are_answered(client):
    assert client.get("/", headers={"Host": "localhost:8765"}).status_code == 200
    assert client.get("/", headers={"Host": "127.0.0.1:8765"}).status_code == 200
    # A web page elsewhere that points its own name at 127.0.0.1 (DNS rebinding) gets nothing.
    assert client.get("/", headers={"Host": "attacker.example"}).status_code == 400


def test_a_chosen_host_is_answered_too(config):
    app = create_app(config, host="192.168.1.20")
    assert app.test_client().get("/", headers={"Host": "192.168.1.20:8765"}).status_code == 200
    assert app.test_client().get("/", headers={"Host": "attacker.example"}).status_code == 400
    everywhere = create_app(config, host="0.0.0.0")
    assert everywhere.test_client().get("/", headers={"Host": "192.168.1.20:8765"}).status_code == 200


def test_an_upload_over_the_limit_is_refused_before_it_is_read(client):
    big = io.BytesIO(b"name\n" + b"x" * (4 * 1024 * 1024))
    response = client.post(
        "/workshop", data={"csrf_token": token(client), "roster": (big, "roster.csv")},
        content_type="multipart/form-data",
    )  # fmt: skip
    assert response.status_code == 413


def test_no_request_value_names_a_file(client):
    assert client.get("/thumbnail/en/..%2F..%2Fetc%2Fpasswd.png").status_code == 404
    assert client.get("/thumbnail/../pyproject.toml.png").status_code == 404
    assert client.get("/fonts/..%2F..%2Fpyproject.toml").status_code == 404
    assert client.get("/fill/en/..%2Fsecrets").status_code == 404
    assert client.get("/workshop/..%2F..%2Ftmp/download").status_code == 404


def test_client_names_never_reach_the_log(client, caplog):
    caplog.set_level(logging.DEBUG)
    response = post(client, "/make", handout_form(client="Zephyrine Quill", note="Zephyrine's note"))
    assert response.status_code == 200
    assert "Zephyrine" not in caplog.text
