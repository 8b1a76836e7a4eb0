// Instruments of several files in the editor: a changed document is checked with the files of its instrument (a
// module: with every instrument that uses it, or alone for syntax when none does, as `qdsl check` does), each
// open file of those instruments answers requests from the instrument's analysis, and every file's diagnostics
// are published, a module's the union over the instruments that use it. Files changed on disk (watched, or
// closed in the editor) re-check the open instruments they belong to.

import Foundation
import QDSLIDE
import QDSLSyntax
import QDSLText

extension LanguageServer {
  /// Checks a changed document. Returns its own analysis for a plain instrument of one file (the caller publishes
  /// it, as ever); otherwise checks the instruments it belongs to, publishes the diagnostics of all their files,
  /// gives each of their open documents its analysis, and returns nil.
  func analyseInWorkspace(
    uri: String, text: [UInt8], version: Int, lines: LineIndex,
    typed: (edits: [AppliedEdit], checked: [UInt8]?)?
  ) -> Analysis? {
    let key = DocumentURI.path(uri) ?? uri
    lock.lock()
    var open: [String: (uri: String, text: [UInt8], version: Int)] = [:]
    for (u, d) in documents { open[DocumentURI.path(u) ?? u] = (u, d.text, d.version) }
    open[key] = (uri, text, version)
    let changed = diskChanges
    diskChanges = []
    let created = diskFilesCreated
    diskFilesCreated = false
    generation += 1
    let round = generation
    lock.unlock()

    workspace.open = open
    for path in changed { workspace.forget(path) }
    if created { workspace.filesChanged() } else if !changed.isEmpty { workspace.graphStale = true }

    if let typed, let checked = typed.checked, !typed.edits.isEmpty,
      typingInTexts(
        key: key, uri: uri, text: text, version: version, lines: lines, edits: typed.edits, checked: checked)
    {
      return nil
    }
    var results: [(key: String, instrument: InstrumentAnalysis)] = []
    var alone = false
    if !SourceSet.isModule(text) {
      let sources = SourceSet(entry: key, bytes: text, read: { self.workspace.read($0) })
      if sources.files.count == 1 && sources.entry.uses.isEmpty && (workspace.reach[key]?.count ?? 1) <= 1 {
        // A plain instrument of one file: checked alone, exactly as before modules.
        if DocumentURI.path(uri) != nil { workspace.reach[key] = [key] }
        workspace.contributions[key] = nil
        workspace.checked[key] = nil
        return InstrumentAnalysis(sources).analysis
      }
      results = [(key, InstrumentAnalysis(sources))]
    } else {
      workspace.reach[key] = nil
      workspace.rebuildGraph()
      for user in workspace.users(of: key) {
        guard case .bytes(let bytes) = workspace.read(user) else { continue }
        results.append(
          (user, InstrumentAnalysis(SourceSet(entry: user, bytes: bytes, read: { self.workspace.read($0) }))))
      }
      // The graph may say more than the files do now (a user changed on disk unseen): when no user reaches the
      // module any more, the users are recorded as they are, and the module is checked alone.
      if !results.isEmpty,
        !results.contains(where: { r in r.instrument.sources.files.dropFirst().contains { $0.path == key } })
      {
        record(results, alone: false, open: open, round: round)
        results = []
      }
      if results.isEmpty {
        // No instrument uses the module: it is checked alone, for syntax only, as `qdsl check` does.
        results = [(key, InstrumentAnalysis(SourceSet(entry: key, bytes: text, read: { self.workspace.read($0) })))]
        alone = true
      }
    }
    record(results, alone: alone, open: open, round: round)
    lock.lock()
    if fullCheckDue[uri].map({ $0.version <= version }) ?? false { fullCheckDue[uri] = nil }
    lock.unlock()
    return nil
  }

  /// Records the checked instruments' diagnostics per file, publishes every file they touched, and gives the open
  /// documents among their files the instrument's analysis.
  private func record(
    _ results: [(key: String, instrument: InstrumentAnalysis)], alone: Bool,
    open: [String: (uri: String, text: [UInt8], version: Int)], round: Int
  ) {
    lock.lock()
    let encoding = self.encoding
    let docs = self.diagnosticDocs
    lock.unlock()
    var touched: [String] = []
    /// Open modules an instrument no longer uses: checked again (with their other users, or alone).
    var dropped: [String] = []
    var contexts: [String: DocumentContext] = [:]
    for (key, instrument) in results {
      let files = instrument.sources.files
      let paths = files.indices.map { $0 == 0 ? key : files[$0].path }
      let uris = paths.map { open[$0]?.uri ?? DocumentURI.uri($0) }
      if !alone {
        let before = workspace.reach[key] ?? []
        workspace.reach[key] = paths
        for gone in before where !paths.contains(gone) {
          workspace.contributions[gone]?[key] = nil
          touched.append(gone)
          if let doc = open[gone], doc.uri != open[key]?.uri { dropped.append(doc.uri) }
        }
      }
      if !alone { workspace.checked[key] = (instrument, paths) }
      // A module checked alone shows its syntax only.
      let perFile = lspDiagnostics(
        alone ? files[0].parse.diagnostics : instrument.diagnostics, files: files.count,
        lines: { files[Int($0)].parse.lineIndex }, uris: uris, encoding, docs: docs)
      for (i, path) in paths.enumerated() where !alone || i == 0 {
        if alone {
          workspace.contributions[path] = [path: perFile[i]]
        } else {
          workspace.contributions[path, default: [:]][key] = perFile[i]
          // A module used by an instrument is no longer checked alone.
          if i > 0 { workspace.contributions[path]?[path] = nil }
        }
        touched.append(path)
        // An instrument answers for its own file; a module for the first instrument that uses it.
        if open[path] != nil, i == 0 || contexts[path] == nil {
          contexts[path] = DocumentContext(instrument: instrument, file: Int32(i), uris: uris, paths: paths)
        }
      }
    }
    // Diagnostics first, then the analyses behind requests.
    var published: Set<String> = []
    for path in touched where published.insert(path).inserted {
      let version = open[path]?.version
      let uri = open[path]?.uri ?? DocumentURI.uri(path)
      publish(uri: uri, version: version, items: workspace.published(path).map(\.json))
    }
    var replaced: [Analysis] = []
    lock.lock()
    for (path, context) in contexts {
      guard let doc = open[path] else { continue }
      documents[doc.uri]?.update { current in
        if let old = current.analysed(
          context.instrument.analysis, version: doc.version, context: context, generation: round)
        {
          replaced.append(old)
        }
        current.publishedVersion = max(current.publishedVersion ?? doc.version, doc.version)
      }
    }
    for uri in dropped { scheduleAnalysis(uri) }
    lock.broadcast()
    lock.unlock()
    withExtendedLifetime(replaced) {}
    if LanguageServer.tracing {
      log("checked \(results.map(\.key).joined(separator: ", ")); published \(published.count) files")
    }
    // The symbol indexes are built beside the next analysis.
    let analyses = results.map(\.instrument.analysis)
    DispatchQueue.global(qos: .utility).async { for a in analyses { a.prepare() } }
  }

  /// An instrument's diagnostics in LSP JSON, grouped by the file they are in.
  private func lspDiagnostics(
    _ diagnostics: [Diagnostic], files: Int, lines: (Int32) -> LineIndex, uris: [String],
    _ encoding: PositionEncoding, docs: String
  ) -> [[JSONDiagnostic]] {
    var perFile = [[JSONDiagnostic]](repeating: [], count: files)
    for d in diagnostics {
      let own = lines(d.range.file)
      let item = lspDiagnostic(
        d, range: { r in Self.range(r, own, encoding) },
        location: { r in
          .object(["uri": .string(uris[Int(r.file)]), "range": Self.range(r, lines(r.file), encoding)])
        }, docs: docs)
      perFile[Int(d.range.file)].append(JSONDiagnostic(item))
    }
    return perFile
  }

  /// Typing in texts in a file of instruments of several files (a module, or an instrument with modules): when
  /// each instrument it belongs to was checked with the same other files and predicts the new diagnostics
  /// (`InstrumentAnalysis.diagnosticsAfterTypingInTexts`), they are published without a check, and the check
  /// follows once typing pauses. False when a check is needed now.
  private func typingInTexts(
    key: String, uri: String, text: [UInt8], version: Int, lines: LineIndex, edits: [AppliedEdit], checked: [UInt8]
  ) -> Bool {
    let instruments = SourceSet.isModule(text) ? workspace.users(of: key) : [key]
    guard !instruments.isEmpty, !workspace.graphStale || !SourceSet.isModule(text) else { return false }
    var predictions: [(key: String, paths: [String], file: Int, diagnostics: [Diagnostic], sources: SourceSet)] = []
    for instrument in instruments {
      // The instrument was checked with the text the edits start from.
      guard let (last, paths) = workspace.checked[instrument], let file = paths.firstIndex(of: key),
        last.sources.files[file].parse.tree.bytes == checked
      else { return false }
      // Every other file as it was checked (the same bytes: usually the same buffer, compared at once).
      for (j, path) in paths.enumerated() where j != file {
        guard case .bytes(let now) = workspace.read(path), now == last.sources.files[j].parse.tree.bytes else {
          return false
        }
      }
      let moves = edits.map { (range: $0.range, length: $0.length) }
      guard let predicted = last.diagnosticsAfterTypingInTexts(file: Int32(file), newText: text, edits: moves) else {
        return false
      }
      predictions.append((instrument, paths, file, predicted, last.sources))
    }
    lock.lock()
    let encoding = self.encoding
    let docs = self.diagnosticDocs
    fullCheckDue[uri] = (Date().addingTimeInterval(LanguageServer.fullCheckPause), version, [])
    documents[uri]?.update { $0.publishedVersion = max($0.publishedVersion ?? version, version) }
    lock.unlock()
    var touched: [String] = []
    for p in predictions {
      let uris = p.paths.map { workspace.open[$0]?.uri ?? DocumentURI.uri($0) }
      let perFile = lspDiagnostics(
        p.diagnostics, files: p.paths.count,
        lines: { Int($0) == p.file ? lines : p.sources.files[Int($0)].parse.lineIndex }, uris: uris, encoding,
        docs: docs)
      for (i, path) in p.paths.enumerated() {
        workspace.contributions[path, default: [:]][p.key] = perFile[i]
        touched.append(path)
      }
    }
    var published: Set<String> = []
    for path in touched where published.insert(path).inserted {
      let open = workspace.open[path]
      let target = open?.uri ?? DocumentURI.uri(path)
      publish(uri: target, version: open?.version, items: workspace.published(path).map(\.json))
    }
    if LanguageServer.tracing {
      log("version \(version): diagnostics of \(instruments.count) instruments without a check")
    }
    return true
  }

  static func range(_ r: TextRange, _ lines: LineIndex, _ encoding: PositionEncoding) -> JSON {
    func position(_ o: Int) -> JSON {
      let p = lines.position(of: o, encoding: encoding)
      return .object(["line": .int(p.line), "character": .int(p.column)])
    }
    return .object(["start": position(r.start), "end": position(r.end)])
  }

  /// Files changed on disk: their instruments are checked again, through the open documents whose analysis
  /// includes them (all of them when files were created or deleted, since a `use` that found nothing may find
  /// one now). The caller holds the lock.
  func filesChangedOnDisk(_ paths: [String], created: Bool) {
    diskChanges += paths
    if created { diskFilesCreated = true }
    let changed = Set(paths)
    for (uri, doc) in documents {
      guard let context = doc.context else { continue }
      if created || context.paths.contains(where: changed.contains) { scheduleAnalysis(uri) }
    }
  }

  /// `workspace/didChangeWatchedFiles`: the files created, changed or deleted on disk. An open document's text
  /// is the editor's, not the disk's, until it is closed.
  func didChangeWatchedFiles(_ p: JSON) {
    guard let changes = p["changes"]?.array else { return }
    var paths: [String] = []
    var created = false
    for change in changes {
      guard let uri = change["uri"]?.string, let path = DocumentURI.path(uri) else { continue }
      paths.append(path)
      if let type = change["type"]?.int, type != 2 { created = true }  // 1 created, 2 changed, 3 deleted
    }
    guard !paths.isEmpty else { return }
    lock.lock()
    filesChangedOnDisk(paths, created: created)
    lock.unlock()
  }

  /// The folders of the workspace from `initialize`: `workspaceFolders`, else `rootUri`, else `rootPath`.
  func workspaceRoots(_ p: JSON) -> [String] {
    if let folders = p["workspaceFolders"]?.array, !folders.isEmpty {
      return folders.compactMap { $0["uri"]?.string.flatMap(DocumentURI.path) }
    }
    if let uri = p["rootUri"]?.string, let path = DocumentURI.path(uri) { return [path] }
    if let path = p["rootPath"]?.string, path.hasPrefix("/") { return [path] }
    return []
  }

  /// After `initialized`: asks the client to watch `**/*.qdsl` when it can register that dynamically.
  func registerFileWatching() {
    guard watchFilesDynamically else { return }
    writer.send(
      .object([
        "jsonrpc": .string("2.0"), "id": .string("qdsl-watch-files"), "method": .string("client/registerCapability"),
        "params": .object([
          "registrations": .array([
            .object([
              "id": .string("qdsl-watch-files"), "method": .string("workspace/didChangeWatchedFiles"),
              "registerOptions": .object(["watchers": .array([.object(["globPattern": .string("**/*.qdsl")])])]),
            ])
          ])
        ]),
      ]))
  }
}

/// One published diagnostic in LSP JSON, compared whole (the union over instruments keeps each once).
struct JSONDiagnostic: Hashable, Sendable {
  var json: JSON
  init(_ json: JSON) { self.json = json }

  /// The same diagnostic with a note after its message (which instruments report it).
  func noting(_ note: String) -> JSONDiagnostic {
    guard case .object(var o) = json, let message = o["message"]?.string else { return self }
    o["message"] = .string(message + "\n(" + note + ")")
    return JSONDiagnostic(.object(o))
  }
}
