// Instruments of several files through the real `qdsl lsp`: a workspace folder on disk with an instrument and its
// modules; diagnostics per file, edits in a module re-checking its instrument, navigation, rename and completion
// across files, watched files, a module with no user.

import Foundation
import Testing

/// The instrument (line numbers are 0-based in LSP).
private let instrumentText = """
  survey s
  languages fi en
  use "shared/background.qdsl"
  question staff: integer 1..500 required { text { fi "Henkilöstö" en "Staff" } }
  include background
  if org_type == public_sector {
    calculate big = max(staff, 1)
  }

  """

/// The module: its list and a question reading the instrument's `staff`.
private let moduleText = """
  module background
  languages fi en
  choices org_type { 1 public_sector { fi "Julkinen" en "Public" } 2 private_sector { fi "Yksityinen" en "Private" } }
  question org_type: one of org_type required {
    text { fi "Sektori ({staff})" en "Sector ({staff})" }
  }

  """

@Suite final class WorkspaceTests {
  private var clients: [LSPClient] = []
  private let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl lsp workspace ä-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("shared"), withIntermediateDirectories: true)
    try write("barometer.qdsl", instrumentText)
    try write("shared/background.qdsl", moduleText)
  }

  deinit {
    for c in clients { #expect(c.shutdownAndExit() == 0) }
    try? FileManager.default.removeItem(at: folder)
  }

  private func write(_ path: String, _ text: String) throws {
    try Data(text.utf8).write(to: folder.appendingPathComponent(path))
  }

  private func uri(_ path: String) -> String { folder.appendingPathComponent(path).standardizedFileURL.absoluteString }

  private var instrument: String { uri("barometer.qdsl") }
  private var module: String { uri("shared/background.qdsl") }

  private func start(watching: Bool = false) -> LSPClient? {
    guard let c = try? LSPClient() else { return nil }
    var capabilities: [String: Any] = [:]
    if watching { capabilities["workspace"] = ["didChangeWatchedFiles": ["dynamicRegistration": true]] }
    _ = c.request(
      "initialize",
      ["processId": NSNull(), "rootUri": folder.standardizedFileURL.absoluteString, "capabilities": capabilities])
    c.notify("initialized")
    clients.append(c)
    return c
  }

  /// The next diagnostics published for a URI (any version), as code and 0-based start line.
  private func published(_ c: LSPClient, _ uri: String) -> [String]? {
    let m = c.waitFor {
      ($0["method"] as? String) == "textDocument/publishDiagnostics"
        && (($0["params"] as? [String: Any])?["uri"] as? String) == uri
    }
    return Self.codes(m)
  }

  /// The diagnostics of a URI published in the round that published `version` of the edited document `edited`
  /// (a round publishes the instrument before its modules): the last ones received for it by then.
  private func published(_ c: LSPClient, _ uri: String, after edited: String, version: Int) -> [String]? {
    guard
      c.waitFor(
        {
          ($0["method"] as? String) == "textDocument/publishDiagnostics"
            && (($0["params"] as? [String: Any])?["uri"] as? String) == edited
            && (($0["params"] as? [String: Any])?["version"] as? Int) == version
        }) != nil
    else { return nil }
    if uri == edited { return nil }
    let all = c.all {
      ($0["method"] as? String) == "textDocument/publishDiagnostics"
        && (($0["params"] as? [String: Any])?["uri"] as? String) == uri
    }
    return Self.codes(all.last)
  }

  private static func codes(_ m: [String: Any]?) -> [String]? {
    guard let items = (m?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]] else { return nil }
    return items.map { d in
      let line = ((d["range"] as? [String: Any])?["start"] as? [String: Any])?["line"] as? Int ?? -1
      return "\(d["code"] as? String ?? "?")@\(line)"
    }
  }

  private func open(_ c: LSPClient, _ uri: String, _ text: String, version: Int = 1) {
    c.notify(
      "textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "qdsl", "version": version, "text": text]])
  }

  private func change(_ c: LSPClient, _ uri: String, _ version: Int, line: Int, from: Int, to: Int, _ text: String) {
    let range: [String: Any] = [
      "start": ["line": line, "character": from], "end": ["line": line, "character": to],
    ]
    c.notify(
      "textDocument/didChange",
      ["textDocument": ["uri": uri, "version": version], "contentChanges": [["range": range, "text": text]]])
  }

  private func at(_ uri: String, _ line: Int, _ character: Int) -> [String: Any] {
    ["textDocument": ["uri": uri], "position": ["line": line, "character": character]]
  }

  private static func location(_ l: Any?) -> String? {
    guard let l = l as? [String: Any], let uri = l["uri"] as? String, let r = l["range"] as? [String: Any] else {
      return nil
    }
    let s = r["start"] as? [String: Any]
    let e = r["end"] as? [String: Any]
    let name = uri.split(separator: "/").suffix(2).joined(separator: "/")
    return "\(name):\(s?["line"] as? Int ?? -1):\(s?["character"] as? Int ?? -1)-\(e?["character"] as? Int ?? -1)"
  }

  @Test func testIncludeIsResolvedAndTheInstrumentChecksClean() throws {
    let c = try #require(start())
    open(c, instrument, instrumentText)
    // Without the module, `include background` would be QD2001 and `org_type` unknown.
    #expect(published(c, instrument) == [])
    #expect(published(c, module) == [])
  }

  @Test func testAnErrorInAModuleIsPublishedOnTheModuleAndEditingItReChecksTheInstrument() throws {
    let c = try #require(start())
    open(c, instrument, instrumentText)
    #expect(published(c, instrument) == [])
    #expect(published(c, module) == [])
    open(c, module, moduleText)
    #expect(published(c, instrument, after: module, version: 1) == [])
    // Renaming the module's option breaks the instrument's condition, and the error is the instrument's.
    change(c, module, 2, line: 2, from: 21, to: 34, "public_sectorx")
    #expect(published(c, instrument, after: module, version: 2)?.first?.hasPrefix("QD2") == true)
    #expect(c.all { _ in true }.isEmpty == false)
    // Undone: both clean again.
    change(c, module, 3, line: 2, from: 21, to: 35, "public_sector")
    #expect(published(c, instrument, after: module, version: 3) == [])
    // An unknown name in the module is located in the module (both pipes read `staff` no more: QD4006 too).
    change(c, module, 4, line: 4, from: 23, to: 28, "stafx")
    let codes = c.diagnostics(version: 4, uri: module)?.compactMap { $0["code"] as? String }
    #expect(codes?.contains("QD2001") == true)
    #expect(published(c, instrument) != nil)
  }

  @Test func testDefinitionReferencesAndRenameAcrossFiles() throws {
    let c = try #require(start())
    open(c, instrument, instrumentText)
    open(c, module, moduleText)
    #expect(published(c, instrument) == [])
    // From the instrument's condition into the module's question, and from the module's pipe into the instrument.
    let definition = c.result("textDocument/definition", at(instrument, 5, 5))
    #expect(Self.location(definition) == "shared/background.qdsl:3:9-17")
    let option = c.result("textDocument/definition", at(instrument, 5, 17))
    #expect(Self.location(option) == "shared/background.qdsl:2:21-34")
    let back = c.result("textDocument/definition", at(module, 4, 25))
    #expect(Self.location(back)?.hasSuffix("barometer.qdsl:3:9-14") == true)
    // `include background` goes to the module's name, the `use` line to the file.
    let include = c.result("textDocument/definition", at(instrument, 4, 10))
    #expect(Self.location(include) == "shared/background.qdsl:0:7-17")
    let use = c.result("textDocument/definition", at(instrument, 2, 8))
    #expect(Self.location(use) == "shared/background.qdsl:0:0-0")
    // Every use of `staff`: its declaration and the calculate in the instrument, both pipes in the module.
    let refs = c.result("textDocument/references", at(instrument, 3, 10)) as? [Any] ?? []
    let places = refs.compactMap { Self.location($0)?.split(separator: "/").last.map(String.init) }
    #expect(
      places.sorted() == [
        "background.qdsl:4:23-28", "background.qdsl:4:45-50", "barometer.qdsl:3:9-14", "barometer.qdsl:6:22-27",
      ])
    // Rename from the module edits both files.
    let rename = c.result("textDocument/rename", at(module, 3, 10).merging(["newName": "sector"]) { $1 })
    let changes = (rename as? [String: Any])?["changes"] as? [String: [[String: Any]]] ?? [:]
    #expect(Set(changes.keys) == [instrument, module])
    #expect(changes[instrument]?.count == 1)
    #expect(changes[module]?.count == 1)
  }

  @Test func testTypingInAModulesTextKeepsDiagnosticsAndNavigationInStep() throws {
    let c = try #require(start())
    open(c, instrument, instrumentText)
    open(c, module, moduleText)
    #expect(published(c, instrument, after: module, version: 1) == [])
    // Typing in the module's Finnish text (no check needed), then more: each version is published.
    change(c, module, 2, line: 4, from: 14, to: 14, "x")
    change(c, module, 3, line: 4, from: 15, to: 15, "y")
    #expect(c.diagnostics(version: 3, uri: module)?.isEmpty == true)
    // Positions after the typed letters still find the instrument's `staff`.
    let back = c.result("textDocument/definition", at(module, 4, 27))
    #expect(Self.location(back)?.hasSuffix("barometer.qdsl:3:9-14") == true)
  }

  @Test func testCompletionInAModuleOffersTheInstrumentsNames() throws {
    let c = try #require(start())
    open(c, module, moduleText)
    #expect(published(c, module) == [])
    // Typing a pipe in the module: `staff` is the instrument's.
    change(c, module, 2, line: 4, from: 23, to: 28, "st")
    let r = c.result("textDocument/completion", at(module, 4, 25)) as? [String: Any]
    let labels = (r?["items"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
    #expect(labels.contains("staff"))
    // After `include` in the instrument, the modules it uses.
    open(c, instrument, instrumentText)
    let include = c.result("textDocument/completion", at(instrument, 4, 10)) as? [String: Any]
    let modules = (include?["items"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
    #expect(modules == ["background"])
    // Inside a `use` line's string, the workspace's files relative to the file.
    let paths = c.result("textDocument/completion", at(instrument, 2, 5)) as? [String: Any]
    let offered = (paths?["items"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
    #expect(offered == ["shared/background.qdsl"])
    change(c, module, 3, line: 1, from: 0, to: 0, "use \"..\"\n")
    let up = c.result("textDocument/completion", at(module, 1, 7)) as? [String: Any]
    #expect((up?["items"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String } == ["../barometer.qdsl"])
  }

  @Test func testAModuleChangedOnDiskReChecksTheOpenInstrument() throws {
    let c = try #require(start(watching: true))
    // The server asks to watch the .qdsl files.
    let registration = c.waitFor { ($0["method"] as? String) == "client/registerCapability" }
    #expect(registration != nil)
    if let id = registration?["id"] { c.send(["jsonrpc": "2.0", "id": id, "result": NSNull()]) }
    open(c, instrument, instrumentText)
    #expect(published(c, instrument) == [])
    try write("shared/background.qdsl", moduleText.replacingOccurrences(of: "public_sector", with: "public"))
    c.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": module, "type": 2]]])
    #expect(published(c, instrument)?.first?.hasPrefix("QD2") == true)
    // The module deleted: the `use` line says so.
    try FileManager.default.removeItem(at: folder.appendingPathComponent("shared/background.qdsl"))
    c.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": module, "type": 3]]])
    #expect(published(c, instrument)?.contains("QD2030@2") == true)
  }

  @Test func testAModuleWithNoUserIsCheckedAloneForSyntax() throws {
    try FileManager.default.removeItem(at: folder.appendingPathComponent("barometer.qdsl"))
    let c = try #require(start())
    // `{staff}` is unknown here, but alone a module shows its syntax only, as `qdsl check` does.
    open(c, module, moduleText)
    #expect(published(c, module) == [])
    change(c, module, 2, line: 3, from: 0, to: 8, "questio")
    #expect(published(c, module)?.isEmpty == false)
  }
}

/// Two instruments sharing a module, and a module that stops being used.
@Suite final class SharedModuleTests {
  private var clients: [LSPClient] = []
  private let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("qdsl-lsp-shared-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    // The municipal instrument asks `staff`; the state one does not, so the module's pipe fails there only.
    try write(
      "municipal.qdsl",
      "survey m\nlanguages en\nuse \"lists.qdsl\"\nquestion staff: integer 1..9 required { text { en \"Staff\" } }\ninclude lists\n"
    )
    try write("state.qdsl", "survey st\nlanguages en\nuse \"lists.qdsl\"\ninclude lists\n")
    try write("lists.qdsl", Self.module)
  }

  static let module = "module lists\nlanguages en\nquestion sector: integer 1..9 { text { en \"Sector ({staff})\" } }\n"

  deinit {
    for c in clients { #expect(c.shutdownAndExit() == 0) }
    try? FileManager.default.removeItem(at: folder)
  }

  private func write(_ path: String, _ text: String) throws {
    try Data(text.utf8).write(to: folder.appendingPathComponent(path))
  }

  private func uri(_ path: String) -> String { folder.appendingPathComponent(path).standardizedFileURL.absoluteString }

  @Test func testAModulesDiagnosticsAreTheUnionOverItsInstrumentsAndClearWhenNoLongerUsed() throws {
    let c = try LSPClient()
    clients.append(c)
    _ = c.request(
      "initialize", ["processId": NSNull(), "rootUri": folder.standardizedFileURL.absoluteString, "capabilities": [:]])
    c.notify("initialized")
    c.open(Self.module, uri: uri("lists.qdsl"))
    let items = try #require(c.diagnostics(version: 1, uri: uri("lists.qdsl")))
    // Once, naming the instrument it fails in.
    #expect(items.compactMap { $0["code"] as? String } == ["QD2001"])
    let message = items.first?["message"] as? String ?? ""
    #expect(message.hasSuffix("(in the instrument state.qdsl)"))
    // The state instrument, opened, stops using the module: the module is clean.
    let state = "survey st\nlanguages en\nuse \"lists.qdsl\"\ninclude lists\n"
    c.open(state, uri: uri("state.qdsl"))
    #expect(c.diagnostics(version: 1, uri: uri("state.qdsl"))?.isEmpty == true)
    c.notify(
      "textDocument/didChange",
      [
        "textDocument": ["uri": uri("state.qdsl"), "version": 2],
        "contentChanges": [["text": "survey st\nlanguages en\n"]],
      ])
    #expect(c.diagnostics(version: 2, uri: uri("state.qdsl")) != nil)
    let cleared = c.waitFor {
      ($0["method"] as? String) == "textDocument/publishDiagnostics"
        && (($0["params"] as? [String: Any])?["uri"] as? String) == self.uri("lists.qdsl")
        && ((($0["params"] as? [String: Any])?["diagnostics"] as? [Any])?.isEmpty ?? false)
    }
    #expect(cleared != nil)
  }

  @Test func testAModuleIncludedTwiceReportsEachDiagnosticOnce() throws {
    // `staff` is not required: each copy of the module's pipe draws the same warning.
    try write(
      "state.qdsl",
      "survey st\nlanguages en\nuse \"lists.qdsl\"\nquestion staff: integer 1..9 { text { en \"Staff\" } }\ninclude lists\ninclude lists\n"
    )
    let c = try LSPClient()
    clients.append(c)
    _ = c.request(
      "initialize", ["processId": NSNull(), "rootUri": folder.standardizedFileURL.absoluteString, "capabilities": [:]])
    c.notify("initialized")
    c.open(
      "survey st\nlanguages en\nuse \"lists.qdsl\"\nquestion staff: integer 1..9 { text { en \"Staff\" } }\ninclude lists\ninclude lists\n",
      uri: uri("state.qdsl"))
    let m = c.waitFor {
      ($0["method"] as? String) == "textDocument/publishDiagnostics"
        && (($0["params"] as? [String: Any])?["uri"] as? String) == self.uri("lists.qdsl")
    }
    let items = (m?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? []
    let keys = items.map { "\($0["code"] ?? "")|\($0["range"] ?? "")|\($0["message"] ?? "")" }
    #expect(!items.isEmpty)
    #expect(Set(keys).count == keys.count)
  }
}
