"""End to end, as a person uses it: Chromium driving ``worksheets serve``, files checked as downloaded."""

from __future__ import annotations

import io
import zipfile

import pytest
from browser import CHROMIUM, chromium_page, running_server
from pypdf import PdfReader

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium: make test installs it"
)
NAME = "Zephyrine Quill"  # a name to look for in the server's log: it must never be there


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    home = tmp_path_factory.mktemp("serve")
    log = home / "server.log"
    with running_server(home, log) as url:
        yield url, log


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    with chromium_page(tmp_path_factory.mktemp("downloads")) as page:
        yield page


def test_choose_documents_see_the_pages_and_download_a_pdf(server, page):
    url, _ = server
    page.goto(url + "/make")
    page.get_by_label("Reflecting on avoidant patterns").check()
    page.get_by_label("Client's name").fill(NAME)
    preview = page.locator("#preview-pages img")
    preview.first.wait_for()
    assert preview.count() == 2
    assert "Reflecting on avoidant patterns" in page.locator("#preview-status").inner_text()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download").click()
    data = open(download.value.path(), "rb").read()
    reader = PdfReader(io.BytesIO(data))
    assert reader.get_fields()["name"]["/V"] == NAME
    assert len(reader.pages) == 2


def test_a_bad_colour_shows_its_error_next_to_the_field(server, page):
    url, _ = server
    page.goto(url + "/practice")
    page.get_by_label("Practice name").fill("Harbour Counselling")
    colour = page.locator("#colors-primary")
    colour.fill("#fff")
    assert "colour code" in page.locator("#colors-primary-contrast").inner_text()
    colour.fill("#f0e68c")
    assert "too light" in page.locator("#colors-primary-contrast").inner_text()
    colour.fill("teal")
    page.get_by_role("button", name="Save my practice").click()
    problem = page.locator("#colors-primary-problem")
    assert "not valid here" in problem.inner_text()
    # Beside its field: inside the same field box, just under the input.
    field = page.locator(".field.colour.has-problem").first
    assert field.locator("#colors-primary-problem").count() == 1
    assert colour.get_attribute("aria-invalid") == "true"


def test_a_roster_with_a_bad_row_shows_its_line_and_still_gives_the_zip(server, page, tmp_path):
    url, _ = server
    roster = tmp_path / "spring.csv"
    roster.write_text(f"name,lang\n{NAME},en\nBo Chen,de\nAna Morales,es\n", encoding="utf-8")
    page.goto(url + "/workshop")
    page.get_by_label("Roster file").set_input_files(str(roster))
    page.get_by_label("Workshop title").fill("Steadier ground")
    page.get_by_label("Finding your feet").check()
    page.get_by_role("button", name="Make the packets").click()
    page.locator("#job-download:not([hidden])").wait_for(timeout=120_000)
    assert page.locator("#job-progress").get_attribute("value") == "3"
    assert "spring.csv line 3" in page.locator("#job-failed").inner_text()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the packets (zip)").click()
    names = zipfile.ZipFile(download.value.path()).namelist()
    assert "all-participants.pdf" in names and len([n for n in names if n.endswith(".pdf")]) == 3


def test_fill_online_returns_a_pdf_with_the_answers(server, page):
    url, _ = server
    page.goto(url + "/fill/en/avoidant-worksheet")
    page.get_by_label("Your name").fill(NAME)
    question = page.get_by_label("When did you last want to pull away from someone?")
    question.fill("After a hard call with my sister.")
    page.get_by_label("I say “I’m fine” when I am not.").check()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download my worksheet (PDF)").click()
    fields = PdfReader(download.value.path()).get_fields()
    assert fields["avoidant-worksheet/prompt-1-line-1"]["/V"] == "After a hard call with my sister."
    assert fields["avoidant-worksheet/check-4"]["/V"] != "/Off"
    assert fields["name"]["/V"] == NAME


def test_the_library_shows_a_picture_of_every_first_page(server, page):
    url, _ = server
    page.goto(url + "/?lang=en&kind=worksheet")
    pictures = page.locator(".library img")
    assert pictures.count() == 9  # the nine worksheets
    first = pictures.first
    first.scroll_into_view_if_needed()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=first.element_handle())


def test_client_names_never_reach_the_servers_log(server, page):
    url, log = server
    page.goto(url + "/make?documents=secure-handout")
    page.get_by_label("Client's name").fill(NAME)
    page.get_by_label("A short note to the client").fill(f"See you Monday, {NAME}")
    with page.expect_download():
        page.get_by_role("button", name="Download").click()
    text = log.read_text()
    assert "POST /make 200" in text
    assert "Zephyrine" not in text and "Quill" not in text
