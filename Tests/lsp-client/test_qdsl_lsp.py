"""The qdsl language server against a third-party LSP client (pytest-lsp, on pygls and lsprotocol).

Every message the server sends is parsed into lsprotocol's typed structures and checked against the client
capabilities of real editors (VS Code, Neovim), so a message that breaks the LSP specification fails the suite.
Run from the package root after `swift build`:  python3 -m pytest -c Tests/lsp-client/pytest.ini Tests/lsp-client
"""

import atexit
import os
import pathlib
import shutil
import tempfile

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

ROOT = pathlib.Path(__file__).resolve().parents[2]
QDSL = os.environ.get("QDSL_BIN", str(ROOT / ".build" / "debug" / "qdsl"))
URI = (ROOT / "Tests" / "lsp-client" / "unsaved.qdsl").as_uri()  # never written: the text comes from didOpen

SOURCE = """survey s
languages fi en
choices yes_no { 1 yes { fi "Kyllä" en "Yes" } 2 no { fi "Ei" en "No" } }
choices unused { 1 a { fi "A" en "A" } }
question staff: integer 1..500 required { text { fi "Henkilöstö 😀" en "Staff" } }
question adopted: one of yes_no {
  text { fi "Otettiinko ({staff})?" en "Adopted ({staff})?" }
}
if adopted == yes {
  calculate big = max(staff, 1)
}
note n {
  text { fi "Kiitos 😀 {staff}" }
}
"""


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[QDSL, "lsp"]),
    params=["visual-studio-code", "neovim"],
)
async def client(request, lsp_client: LanguageClient):
    result = await lsp_client.initialize_session(
        types.InitializeParams(capabilities=client_capabilities(request.param))
    )
    assert result.server_info is not None and result.server_info.name == "qdsl"
    lsp_client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=URI, language_id="qdsl", version=1, text=SOURCE)
        )
    )
    await lsp_client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    yield
    await lsp_client.shutdown_session()


def doc():
    return types.TextDocumentIdentifier(uri=URI)


def at(line, character):
    return types.Position(line=line, character=character)


async def test_diagnostics_have_codes_and_tags(client: LanguageClient):
    diagnostics = client.diagnostics[URI]
    codes = [d.code for d in diagnostics]
    assert codes == ["QD4007", "QD4001"]
    assert list(diagnostics[0].tags) == [types.DiagnosticTag.Unnecessary]
    assert diagnostics[0].severity == types.DiagnosticSeverity.Warning
    assert diagnostics[1].severity == types.DiagnosticSeverity.Error


async def test_incremental_change_publishes_the_new_version(client: LanguageClient):
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(start=at(9, 18), end=at(9, 23)), text="stuff"
                )
            ],
        )
    )
    params = await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert params.version == 2
    assert "QD2001" in [d.code for d in params.diagnostics]


async def test_hover(client: LanguageClient):
    hover = await client.text_document_hover_async(types.HoverParams(text_document=doc(), position=at(8, 5)))
    assert hover is not None
    assert "question adopted: one of yes_no" in hover.contents.value


async def test_completion_and_signature_help(client: LanguageClient):
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=doc(), position=at(8, 14))
    )
    labels = [item.label for item in result.items]
    assert "yes" in labels and "no" in labels and "staff" in labels and "big" not in labels
    staff = next(item for item in result.items if item.label == "staff")
    resolved = await client.completion_item_resolve_async(staff)
    assert staff.detail == "Henkilöstö 😀"
    assert "question staff: integer 1..500 required" in resolved.documentation.value
    help = await client.text_document_signature_help_async(
        types.SignatureHelpParams(text_document=doc(), position=at(9, 27))
    )
    assert help is not None and help.signatures[0].label.startswith("max(")


async def test_definition_references_highlight(client: LanguageClient):
    definition = await client.text_document_definition_async(
        types.DefinitionParams(text_document=doc(), position=at(9, 23))
    )
    assert definition is not None
    refs = await client.text_document_references_async(
        types.ReferenceParams(
            text_document=doc(), position=at(4, 10), context=types.ReferenceContext(include_declaration=True)
        )
    )
    assert len(refs) == 5
    highlights = await client.text_document_document_highlight_async(
        types.DocumentHighlightParams(text_document=doc(), position=at(4, 10))
    )
    assert len(highlights) == 5


async def test_rename_and_prepare_rename(client: LanguageClient):
    prepared = await client.text_document_prepare_rename_async(
        types.PrepareRenameParams(text_document=doc(), position=at(4, 10))
    )
    assert prepared is not None
    edit = await client.text_document_rename_async(
        types.RenameParams(text_document=doc(), position=at(4, 10), new_name="employees")
    )
    assert len(edit.changes[URI]) == 5
    with pytest.raises(Exception):
        await client.text_document_rename_async(
            types.RenameParams(text_document=doc(), position=at(4, 10), new_name="adopted")
        )


async def test_symbols(client: LanguageClient):
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=doc()))
    assert [s.name for s in symbols] == ["yes_no", "unused", "staff", "adopted", "big", "n"]
    found = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="adop"))
    assert [s.name for s in found] == ["adopted"]


async def test_semantic_tokens_folding_inlay_hints(client: LanguageClient):
    tokens = await client.text_document_semantic_tokens_full_async(
        types.SemanticTokensParams(text_document=doc())
    )
    assert tokens is not None and len(tokens.data) % 5 == 0 and len(tokens.data) > 0
    folds = await client.text_document_folding_range_async(types.FoldingRangeParams(text_document=doc()))
    assert [(f.start_line, f.end_line) for f in folds] == [(5, 7), (8, 10), (11, 13)]
    hints = await client.text_document_inlay_hint_async(
        types.InlayHintParams(text_document=doc(), range=types.Range(start=at(0, 0), end=at(20, 0)))
    )
    assert [h.label for h in hints] == [" = 1"]


async def test_code_actions(client: LanguageClient):
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=doc(),
            range=types.Range(start=at(12, 2), end=at(12, 6)),
            context=types.CodeActionContext(diagnostics=[]),
        )
    )
    assert [a.title for a in actions] == ["add the missing translation (en)"]


# An instrument of two files in a workspace folder: the module's diagnostics, navigation and rename across files,
# and the file watchers the server registers (checked against each editor's capabilities).
WORKSPACE = pathlib.Path(tempfile.mkdtemp(prefix="qdsl-lsp-client-"))
atexit.register(shutil.rmtree, WORKSPACE, ignore_errors=True)
(WORKSPACE / "instrument.qdsl").write_text(
    'survey s\nlanguages en\nuse "part.qdsl"\n'
    'question staff: integer 1..9 required { text { en "Staff" } }\ninclude part\n'
)
MODULE_TEXT = 'module part\nlanguages en\nquestion sector: integer 1..9 { text { en "Sector ({staff})" } }\n'
(WORKSPACE / "part.qdsl").write_text(MODULE_TEXT)
MODULE = (WORKSPACE / "part.qdsl").as_uri()
INSTRUMENT = (WORKSPACE / "instrument.qdsl").as_uri()


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[QDSL, "lsp"]),
    params=["visual-studio-code", "neovim"],
)
async def workspace_client(request, lsp_client: LanguageClient):
    await lsp_client.initialize_session(
        types.InitializeParams(capabilities=client_capabilities(request.param), root_uri=WORKSPACE.as_uri())
    )
    lsp_client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=MODULE, language_id="qdsl", version=1, text=MODULE_TEXT)
        )
    )
    await lsp_client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    yield
    await lsp_client.shutdown_session()


async def test_a_module_across_files(workspace_client: LanguageClient):
    client = workspace_client
    for _ in range(10):
        if MODULE in client.diagnostics:
            break
        await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert list(client.diagnostics[MODULE]) == []
    definition = await client.text_document_definition_async(
        types.DefinitionParams(text_document=types.TextDocumentIdentifier(uri=MODULE), position=at(2, 53))
    )
    assert definition.uri == INSTRUMENT and definition.range.start == at(3, 9)
    edit = await client.text_document_rename_async(
        types.RenameParams(
            text_document=types.TextDocumentIdentifier(uri=MODULE), position=at(2, 53), new_name="employees"
        )
    )
    assert sorted(edit.changes) == sorted([INSTRUMENT, MODULE])
