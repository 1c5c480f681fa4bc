"""The command line, as a user types it."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from worksheets import __version__
from worksheets.cli import main


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(main, list(args), catch_exceptions=False)

    return invoke


def test_version(run):
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.output


@pytest.mark.parametrize("command", [[], ["list"], ["build"]])
def test_every_help_works_with_dash_h_and_ends_with_an_example(run, command):
    result = run(*command, "-h")
    assert result.exit_code == 0
    assert "worksheets " in result.output.strip().splitlines()[-1]
    assert "Example" in result.output


def test_help_does_not_import_weasyprint():
    code = (
        "import sys; from click.testing import CliRunner; from worksheets.cli import main;"
        "r = CliRunner().invoke(main, ['build', '--help']); assert r.exit_code == 0;"
        "print('weasyprint' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_list_shows_ids_kinds_and_titles(run):
    result = run("list")
    assert result.exit_code == 0
    assert "avoidant-worksheet" in result.output and "worksheet" in result.output
    assert "Understanding avoidant attachment" in result.output


def test_unknown_document_is_a_clear_error(run, tmp_path):
    result = run("build", "avoidant-handot", "--out", str(tmp_path))
    assert result.exit_code == 1
    assert "Error: unknown document id 'avoidant-handot'; did you mean 'avoidant-handout'?" in result.output
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_build_without_ids_is_a_usage_error(run, tmp_path):
    result = run("build", "--out", str(tmp_path))
    assert result.exit_code == 2
    assert "--all" in result.output


def test_build_one_pdf(run, tmp_path):
    result = run("build", "partner-guide", "--paper", "a4", "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "partner-guide.pdf").read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["partner-guide.pdf"]


def test_build_html_preview_with_its_stylesheet(run, tmp_path):
    result = run("build", "avoidant-handout", "--format", "html", "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    html = (tmp_path / "avoidant-handout.html").read_text(encoding="utf-8")
    assert '<h1>Understanding <span class="keep">avoidant attachment</span></h1>' in html
    assert (tmp_path / "print.css").exists()


def test_out_that_is_a_file_is_refused_before_rendering(run, tmp_path):
    target = tmp_path / "file.txt"
    target.write_text("x")
    result = run("build", "--all", "--out", str(target))
    assert result.exit_code == 1
    assert "is a file, not a folder" in result.output


def test_python_dash_m_works():
    out = subprocess.run([sys.executable, "-m", "worksheets", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and __version__ in out.stdout


def test_validate_says_ok(run):
    result = run("validate")
    assert result.exit_code == 0 and result.output.endswith("\nok\n")
    assert "Reading grade of each client-facing document" in result.output


def test_validate_lists_every_problem(tmp_path):
    folder = tmp_path / "en"
    folder.mkdir()
    (folder / "a.yaml").write_text("kind: styel\n", encoding="utf-8")
    (folder / "b.yaml").write_text("kind: style\nname: [\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", "--content-dir", str(tmp_path)])
    assert result.exit_code == 1
    assert "2 problems" in result.output and "a.yaml:1" in result.output and "b.yaml:3" in result.output


def test_schema_command_writes_a_file(run, tmp_path):
    target = tmp_path / "content.schema.json"
    result = run("schema", "content", "-o", str(target))
    assert result.exit_code == 0
    assert '"kind"' in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", [["validate"], ["schema"], ["templates", "eject"], ["content", "eject"]])
def test_more_commands_have_help_ending_with_an_example(run, command):
    result = run(*command, "-h")
    assert result.exit_code == 0
    assert result.output.strip().splitlines()[-1].strip().startswith("worksheets ")


def test_validate_checks_roster_and_packet(tmp_path):
    (tmp_path / "roster.csv").write_text("name,paper\nAna,a4\nBen,legal\n", encoding="utf-8")
    (tmp_path / "packet.yaml").write_text("title: Week one\ndocuments: [overview-handot]\n", encoding="utf-8")
    args = ["validate", "--roster", str(tmp_path / "roster.csv"), "--packet", str(tmp_path / "packet.yaml")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    assert "roster.csv:3 (Ben): paper:" in result.output
    assert "packet.yaml:2: documents[0]: unknown document 'overview-handot'" in result.output
