#!/usr/bin/env python3
"""Writes the seed corpora of the qdsl fuzzers from the repository's own questionnaires.

Usage: Fuzz/make-corpus.py OUT  (default OUT: .build-fuzz/corpus)

Every .qdsl file under Examples/ and Tests/ (the examples and every fixture) becomes a seed of qdsl-fuzz-check
(OUT/check/) and, with a few typical edits appended, seeds of qdsl-fuzz-editor (OUT/editor/). The layout of an
editor input is EditScript's (Sources/QDSLFuzzing/EditScript.swift): the document, then the edits, read backwards
from the end. Nothing here is committed: the seeds are made from the fixtures each time.
"""
import os
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent

# Places of DocumentEdit.Place, and the bit that renews the analysis after an edit.
ANYWHERE, IN_STRING, IN_WHITESPACE, IN_COMMENT = 0, 1, 2, 3
RENEW = 4


def edit(place, token, offset, deleted, inserted):
    """One edit in EditScript's layout: the inserted bytes, their count, the deleted count, position, kind."""
    inserted = inserted.encode()
    assert len(inserted) < 16 and deleted < 8
    return inserted + bytes([len(inserted), deleted, offset, token, place])


def script(document, *edits):
    """A document followed by edits (at most four, applied in the order given)."""
    assert 1 <= len(edits) <= 4
    return document + b"".join(reversed(edits)) + bytes([len(edits) - 1])


# Typing as an editor user does: letters, spaces and line breaks in texts, whitespace and comments, pipes and
# quotes that the fast path must refuse, and plain edits anywhere.
EDITS = [
    [edit(IN_STRING, 0, 3, 0, "a")],
    [edit(IN_STRING, 1, 2, 1, ""), edit(IN_STRING, 1, 2, 0, "Ä ")],
    [edit(IN_WHITESPACE, 2, 1, 0, " "), edit(IN_WHITESPACE, 3, 0, 1, "\n")],
    [edit(IN_COMMENT, 0, 2, 0, " word"), edit(IN_COMMENT | RENEW, 0, 1, 1, "")],
    [edit(IN_STRING, 2, 4, 0, "{q}"), edit(IN_STRING, 0, 1, 0, "\"")],
    [edit(ANYWHERE, 0, 40, 0, "#"), edit(IN_WHITESPACE | RENEW, 5, 0, 0, "\t"), edit(ANYWHERE, 1, 7, 2, "x")],
]


def main():
    out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / ".build-fuzz" / "corpus")
    check, editor = out / "check", out / "editor"
    for folder in (check, editor):
        folder.mkdir(parents=True, exist_ok=True)
    sources = sorted(p for top in ("Examples", "Tests") for p in (ROOT / top).rglob("*.qdsl"))
    for path in sources:
        name = str(path.relative_to(ROOT)).replace(os.sep, "--")
        document = path.read_bytes()
        (check / name).write_bytes(document)
        for k, edits in enumerate(EDITS):
            (editor / f"{name}.edit{k}").write_bytes(script(document, *edits))
    print(f"{out}: {len(sources)} seeds for qdsl-fuzz-check, {len(sources) * len(EDITS)} for qdsl-fuzz-editor")


if __name__ == "__main__":
    main()
