"""raw/sources is the landing zone: its manifest must describe exactly the files there."""

import hashlib


def test_manifest_lists_every_source_with_its_sha256(seeds_dir):
    manifest = {}
    for line in (seeds_dir / "MANIFEST.sha256").read_text().splitlines():
        digest, name = line.split(maxsplit=1)
        manifest[name] = digest
    files = {p.name for p in seeds_dir.iterdir() if p.name != "MANIFEST.sha256"}
    assert set(manifest) == files
    for name, digest in manifest.items():
        assert hashlib.sha256((seeds_dir / name).read_bytes()).hexdigest() == digest, name
