"""agefacts: curated, versioned molecular facts about exercise, muscle and aging."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("agefacts")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"

#: Bumped whenever an extractor's output can change for the same input text.
EXTRACTOR_VERSION = "0.36.0"


def __getattr__(name: str):
    """``agefacts.load_release`` without importing the release machinery on every import."""
    if name == "load_release":
        from agefacts.release.load import load_release

        return load_release
    raise AttributeError(f"module 'agefacts' has no attribute {name!r}")
