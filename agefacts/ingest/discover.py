"""Find source files and describe them in a manifest."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

#: ``.xml`` is read only as an RSS or Atom feed (``feeds.py``); other XML is rejected with why.
SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".xml")
#: Files that live beside the sources but are not sources.
IGNORED_NAMES = {"MANIFEST.sha256", "README.md"}


@dataclass(frozen=True)
class SourceFile:
    path: Path
    relative: str  # '/'-separated, relative to the sources folder

    @property
    def suffix(self) -> str:
        return self.path.suffix.lower()


def discover(sources: Path) -> list[SourceFile]:
    """Every supported file below ``sources``, in a stable order; hidden files are skipped."""
    if not sources.is_dir():
        raise FileNotFoundError(f"sources folder {sources} does not exist or is not a folder")
    found = []
    for path in sorted(sources.rglob("*")):
        rel = path.relative_to(sources)
        if any(part.startswith(".") for part in rel.parts) or path.name in IGNORED_NAMES:
            continue
        if path.suffix.lower() in SUPPORTED_SUFFIXES and (path.is_file() or path.is_symlink()):
            found.append(SourceFile(path=path, relative=rel.as_posix()))
    return found
