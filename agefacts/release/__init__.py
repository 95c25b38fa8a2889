"""Releases: publish warehouse versions as immutable Data Packages; diff, verify and load them.

Modules: ``publish`` (write a release), ``semver`` (the numbering rule), ``diff`` (what changed),
``verify`` (check a release folder), ``load`` (consume one, locally or over HTTP),
``datapackage`` and ``dictionary`` (metadata generated from ``schemas/``).
"""

from __future__ import annotations

from agefacts.release.load import ReleaseIntegrityError, load_release, open_release

__all__ = ["ReleaseIntegrityError", "load_release", "open_release"]
