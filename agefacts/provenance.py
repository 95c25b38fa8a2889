"""What produced a version: code, extractor and vocabulary versions."""

from __future__ import annotations

import subprocess
from functools import cache
from pathlib import Path

import agefacts


@cache
def code_version() -> str:
    """Package version plus the git commit it runs from (``+dirty`` if the tree has changes)."""
    root = Path(agefacts.__file__).resolve().parent.parent
    try:
        commit = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short=12", "HEAD"],
            capture_output=True, text=True, timeout=5, check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True, text=True, timeout=5, check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return agefacts.__version__
    return f"{agefacts.__version__}+g{commit}{'.dirty' if dirty else ''}"


def vocabularies() -> dict[str, str]:
    """Vocabulary snapshots the extractors ground to, plus a digest of the curated lexicons."""
    from agefacts.reference import curated_digest, versions

    return {**versions(), "agefacts-lexicons": curated_digest()}
