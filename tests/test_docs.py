"""The README must describe the code that exists: schema fields and CLI options."""

from __future__ import annotations

import re

import typer.main

from factpull import FIELD_NAMES, SCHEMA_VERSION
from factpull.cli import app
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## )", README, re.S | re.M)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


def test_schema_table_lists_every_field_in_order() -> None:
    rows = re.findall(r"^\| `([a-z_]+)` \|", _section("Output schema"), re.M)
    assert tuple(rows) == FIELD_NAMES


def test_schema_version_is_documented() -> None:
    assert f"`{SCHEMA_VERSION}`" in _section("Output schema")


def test_every_extract_option_is_in_the_cli_reference() -> None:
    reference = _section("CLI reference")
    command = typer.main.get_command(app).commands["extract"]  # type: ignore[attr-defined]
    for param in command.params:
        for option in param.opts:
            if option.startswith("--"):
                assert option in reference, f"{option} missing from the README CLI reference"


def test_quickstart_runs_a_sample() -> None:
    assert re.search(r"factpull extract samples/\S+\.txt", _section("Quickstart"))
