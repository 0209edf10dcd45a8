"""Shared fixtures: one Extractor (and so one spaCy load) for the whole test session."""

from __future__ import annotations

from pathlib import Path

import pytest

import factpull

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
SEED = SAMPLES / "chinadaily-2020-12-24-organized-crime.txt"


@pytest.fixture(scope="session")
def shared_extractor() -> factpull.Extractor:
    return factpull.Extractor()


def read_sample(path: Path) -> str:
    return path.read_text(encoding="utf-8")
