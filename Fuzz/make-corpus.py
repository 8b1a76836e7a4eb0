#!/usr/bin/env python3
"""Writes the seed corpora of the qdsl fuzzers from the repository's own questionnaires.

Usage: Fuzz/make-corpus.py OUT  (default OUT: .build-fuzz/corpus)

Every .qdsl file under Examples/ and Tests/ (the examples and every fixture) becomes a seed of qdsl-fuzz-check
(OUT/check/) and, with a few typical edits appended, seeds of qdsl-fuzz-editor (OUT/editor/). The layout of an
editor input is EditScript's (Sources/QDSLFuzzing/EditScript.swift): the document, then the edits, read backwards
from the end. Nothing here is committed: the seeds are made from the fixtures each time.

Instruments of several files are seeds of qdsl-fuzz-check too, in MultiFileInput's layout
(Sources/QDSLFuzzing/MultiFileInput.swift): blocks that each open with a `# file: PATH` line, the entry first. They
come from the module fixture folders (Tests/QDSLSemanticsTests/Fixtures/modules, Tests/QDSLOutputsTests/Fixtures/
split), the examples with their modules, the `# file:` blocks of the diagnostic pages, the handwritten inputs of
Tests/QDSLFuzzingTests/Fixtures/modules (already in that layout) and a few generated ones.
"""
import os
import pathlib
import posixpath
import re
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


FILE = b"# file: "
USE = re.compile(rb'^use\s+"([^"\n]*)"', re.M)


def blocks(files):
    """Files (path -> bytes, the entry first) as one multi-file input."""
    out = b""
    for path, data in files:
        if not data.endswith(b"\n"):
            data += b"\n"
        out += FILE + path.encode() + b"\n" + data
    return out


def folder_input(folder):
    """A fixture folder: instrument.qdsl first, then every other .qdsl file below it."""
    paths = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.qdsl"))
    paths.sort(key=lambda p: p != "instrument.qdsl")
    return blocks((p, (folder / p).read_bytes()) for p in paths)


def with_modules(entry):
    """An instrument and every module it reaches through `use`, paths from the instrument's folder."""
    base = entry.parent
    seen, order, todo = set(), [], [entry.name]
    while todo:
        path = todo.pop(0)
        if path in seen or not (base / path).is_file():
            continue
        seen.add(path)
        data = (base / path).read_bytes()
        order.append((path, data))
        for written in USE.findall(data):
            todo.append(posixpath.normpath(posixpath.join(posixpath.dirname(path), written.decode())))
    return blocks(order) if len(order) > 1 else None


def docs_inputs():
    """The ```qdsl blocks of each section of a diagnostic page whose first block names its file."""
    for page in sorted((ROOT / "docs" / "diagnostics").glob("QD*.md")):
        sections, heading, current = {}, None, None
        for line in page.read_text().split("\n"):
            if current is None and line.startswith("## "):
                heading = line.strip()
            if line.startswith("```"):
                if current is not None:
                    sections.setdefault(heading, []).append("\n".join(current) + "\n")
                    current = None
                elif line.startswith("```qdsl"):
                    current = []
                continue
            if current is not None:
                current.append(line)
        for heading, found in sections.items():
            if found[0].startswith("# file: "):
                yield f"{page.stem}-{heading[3:].lower()}", "".join(found).encode()


def generated_inputs():
    """A chain of modules longer than the nesting limit, each including the next; a module that is not UTF-8."""
    chain = b'# file: main.qdsl\nsurvey chain\nlanguages en\nuse "m0.qdsl"\ninclude m0\n'
    for k in range(150):
        chain += f'# file: m{k}.qdsl\nmodule m{k}\nlanguages en\nuse "m{k + 1}.qdsl"\n'.encode()
        chain += f'question q{k}: integer {{ text "Q{k}?" }}\ninclude m{k + 1}\n'.encode()
    chain += b'# file: m150.qdsl\nmodule m150\nlanguages en\nquestion last: integer { text "Last?" }\n'
    yield "chain", chain
    latin1 = b'# file: main.qdsl\nsurvey s\nlanguages en\nuse "l.qdsl"\ninclude l\n# file: l.qdsl\nmodule l\n'
    yield "latin1", latin1 + "# ä\n".encode("latin-1")


def multi_file_inputs():
    """Every multi-file seed, as (name, bytes)."""
    for base in ("Tests/QDSLSemanticsTests/Fixtures/modules", "Tests/QDSLOutputsTests/Fixtures/split"):
        for folder in sorted(p for p in (ROOT / base).iterdir() if p.is_dir()):
            yield base.split("/")[-1] + "--" + folder.name, folder_input(folder)
    for example in sorted((ROOT / "Examples").glob("*.qdsl")):
        data = with_modules(example)
        if data:
            yield "Examples--" + example.stem, data
    yield from docs_inputs()
    yield from generated_inputs()


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
    multi = 0
    for name, data in multi_file_inputs():
        (check / f"multi--{name}.qdsl").write_bytes(data)
        multi += 1
    print(
        f"{out}: {len(sources)} seeds for qdsl-fuzz-check and {multi} of several files, "
        f"{len(sources) * len(EDITS)} for qdsl-fuzz-editor"
    )


if __name__ == "__main__":
    main()
