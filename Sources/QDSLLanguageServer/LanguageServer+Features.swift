// The language features: each handler converts params to UTF-8 offsets, asks the Analysis facade and converts
// the plain result back to LSP JSON.

import QDSLIDE
import QDSLSyntax
import QDSLText

extension LanguageServer {
  func hover(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    let offset = try v.currentOffset(p["position"])
    guard let h = currentText(v, at: offset).hover(at: offset) else { return .null }
    return .object([
      "contents": .object(["kind": .string("markdown"), "value": .string(h.markdown)]),
      "range": v.currentRange(h.range),
    ])
  }

  func completion(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    let offset = try v.currentOffset(p["position"])
    if let paths = pathCompletion(v, at: offset) { return paths }
    var c = currentText(v, at: offset).completion(at: offset)
    if let context = v.context,
      let modules = context.instrument.moduleCompletion(inFile: context.file, bytes: v.lines.bytes, at: offset)
    {
      c = modules
    }
    let replacing = v.currentRange(c.replacing)
    let items: [JSON] = c.items.map { item in
      var o: JSONObject = ["label": .string(item.label), "kind": .int(LanguageServer.completionKind(item.kind))]
      // A partial name is replaced exactly; at an empty range the label is inserted at the cursor.
      if !c.replacing.isEmpty {
        o["textEdit"] = .object(["range": replacing, "newText": .string(item.insertText ?? item.label)])
      } else if let insert = item.insertText {
        o["insertText"] = .string(insert)
      }
      if let d = item.detail { o["detail"] = .string(d) }
      if item.kind == .variable {
        // A question's text can be long: it is sent when the editor shows the item (completionItem/resolve).
        o["data"] = .object(["uri": .string(v.uri), "variable": .string(item.label)])
      } else if let d = item.documentation {
        o["documentation"] = .object(["kind": .string("markdown"), "value": .string(d)])
      }
      if let s = item.sortText { o["sortText"] = .string(s) }
      return .object(o)
    }
    return .object(["isIncomplete": .bool(c.isIncomplete), "items": .array(items)])
  }

  /// Inside the string of a `use` line: the `.qdsl` files of the workspace (and of the document's folder), as
  /// paths relative to the document; nil elsewhere.
  func pathCompletion(_ v: DocumentView, at offset: Int) -> JSON? {
    let bytes = v.lines.bytes
    let line = v.lines.lineRange(v.lines.line(of: offset))
    guard offset >= line.start, offset <= bytes.count else { return nil }
    let before = String(decoding: bytes[line.start..<offset], as: UTF8.self)
    let trimmed = before.drop { $0 == " " || $0 == "\t" }
    guard trimmed.hasPrefix("use") else { return nil }
    let rest = trimmed.dropFirst(3)
    let spaced = rest.drop { $0 == " " || $0 == "\t" }
    guard spaced.count < rest.count, spaced.first == "\"", !spaced.dropFirst().contains("\"") else { return nil }
    guard let own = DocumentURI.path(v.uri) else {
      return .object(["isIncomplete": .bool(false), "items": .array([])])
    }
    let typed = String(spaced.dropFirst())
    let typedStart = offset - typed.utf8.count
    lock.lock()
    let roots = workspace.roots
    lock.unlock()
    let folder = SourcePath.folder(of: own)
    var candidates = Workspace.files(below: roots.isEmpty ? [String(folder.dropLast())] : roots)
    if !roots.isEmpty, !candidates.contains(where: { $0.hasPrefix(folder) }) {
      candidates += Workspace.files(below: [String(folder.dropLast())])
    }
    var seen: Set<String> = []
    var items: [JSON] = []
    for path in candidates where path != own {
      let written = Workspace.relative(path, from: own)
      guard written.hasPrefix(typed) || typed.isEmpty, seen.insert(written).inserted else { continue }
      items.append(
        .object([
          "label": .string(written), "kind": .int(17),  // File
          "textEdit": .object([
            "range": v.currentRange(TextRange(typedStart, offset)), "newText": .string(written),
          ]),
        ]))
      if items.count >= Analysis.completionLimit { break }
    }
    return .object(["isIncomplete": .bool(items.count >= Analysis.completionLimit), "items": .array(items)])
  }

  /// Adds the documentation of a variable's item; other items come back unchanged.
  func resolveCompletion(_ p: JSON) throws(ResponseError) -> JSON {
    guard case .object(var item) = p, item["label"]?.string != nil else {
      throw .invalidParams("expected a completion item")
    }
    guard let uri = item["data"]?["uri"]?.string, let name = item["data"]?["variable"]?.string else { return p }
    lock.lock()
    let analysis = documents[uri]?.analysis
    lock.unlock()
    if let text = analysis?.completionDocumentation(variable: name) {
      item["documentation"] = .object(["kind": .string("markdown"), "value": .string(text)])
    }
    return .object(item)
  }

  static func completionKind(_ k: CompletionKind) -> Int {
    switch k {
    case .keyword: return 14
    case .variable: return 6
    case .list: return 13  // Enum
    case .option: return 20  // EnumMember
    case .function: return 3
    case .language: return 21  // Constant
    case .type: return 25  // TypeParameter
    case .snippet: return 15
    case .repeat: return 22  // Struct, as the repeat's semantic token
    case .module: return 9  // Module
    }
  }

  func signatureHelp(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    let offset = try v.currentOffset(p["position"])
    guard let s = currentText(v, at: offset).signatureHelp(at: offset) else { return .null }
    return .object([
      "signatures": .array([
        .object(["label": .string(s.label), "parameters": .array(s.parameters.map { .object(["label": .string($0)]) })])
      ]),
      "activeSignature": .int(0), "activeParameter": .int(min(s.activeParameter, max(0, s.parameters.count - 1))),
    ])
  }

  func definition(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    // A `use` line opens its file; `include NAME` goes to the module's name.
    if let context = v.context, let local = try? v.toFile(v.currentOffset(p["position"])),
      let target = context.instrument.moduleDefinition(inFile: context.file, at: local)
    {
      return context.location(target, v.encoding)
    }
    guard let o = try v.offset(p["position"]), let r = v.analysis.definition(at: o) else { return .null }
    return v.location(r) ?? .null
  }

  func references(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    let include = p["context"]?["includeDeclaration"]?.bool ?? true
    guard let o = try v.offset(p["position"]) else { return .array([]) }
    return .array(Self.unique(v.analysis.references(at: o, includeDeclaration: include).compactMap(v.location)))
  }

  func documentHighlight(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    guard let o = try v.offset(p["position"]) else { return .array([]) }
    return .array(
      Self.unique(
        v.analysis.highlights(at: o).compactMap { h in
          v.range(h.range).map { .object(["range": $0, "kind": .int(h.isDeclaration ? 3 : 2)]) }
        }))
  }

  func prepareRename(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    guard let o = try v.offset(p["position"]), let t = v.analysis.prepareRename(at: o), let range = v.range(t.range)
    else { return .null }
    return .object(["range": range, "placeholder": .string(t.placeholder)])
  }

  func rename(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    guard let newName = p["newName"]?.string else { throw .invalidParams("expected params.newName") }
    guard let o = try v.offset(p["position"]) else {
      throw ResponseError(
        code: ResponseError.requestFailed, message: "there is no question, list, option or repeat name here to rename")
    }
    switch v.analysis.rename(at: o, to: newName) {
    case .failure(let e): throw ResponseError(code: ResponseError.requestFailed, message: e.message)
    case .success(let edits): return workspaceEdit(edits, v)
    }
  }

  /// Edits of the analysed text as a WorkspaceEdit: grouped by the file each is in (several for an instrument of
  /// several files), each edit once (a module spliced twice yields the same edit twice), in file order.
  func workspaceEdit(_ edits: [TextEdit], _ v: DocumentView) -> JSON {
    var order: [String] = []
    var byURI: [String: [JSON]] = [:]
    var seen: Set<JSON> = []
    for e in edits {
      guard let uri = v.uri(of: e.range), let location = v.location(e.range), let range = location["range"] else {
        continue
      }
      let edit = JSON.object(["range": range, "newText": .string(e.newText)])
      guard seen.insert(.array([.string(uri), edit])).inserted else { continue }
      if byURI[uri] == nil { order.append(uri) }
      byURI[uri, default: []].append(edit)
    }
    var changes: JSONObject = [:]
    for uri in order { changes[uri] = .array(byURI[uri] ?? []) }
    return .object(["changes": .object(changes)])
  }

  /// The answers in their order, each once (a module spliced twice answers twice).
  static func unique(_ items: [JSON]) -> [JSON] {
    var seen: Set<JSON> = []
    return items.filter { seen.insert($0).inserted }
  }

  func documentSymbol(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    // In a file of several, only the symbols of this file (a module's items, once); the children of a symbol of
    // another file (a section of the instrument around an `include`) stand in its place.
    var seen: Set<JSON> = []
    func convert(_ s: OutlineSymbol) -> [JSON] {
      let children = s.children.flatMap(convert)
      guard let range = v.range(s.range), let selection = v.range(s.selectionRange),
        seen.insert(selection).inserted
      else { return children }
      var o: JSONObject = [
        "name": .string(s.name), "kind": .int(LanguageServer.symbolKind(s.kind)), "range": range,
        "selectionRange": selection, "children": .array(children),
      ]
      if let d = s.detail { o["detail"] = .string(d) }
      return [.object(o)]
    }
    return .array(v.analysis.outline().flatMap(convert))
  }

  static func symbolKind(_ k: OutlineKind) -> Int {
    switch k {
    case .section: return 3  // Namespace
    case .question: return 13  // Variable
    case .grid: return 23  // Struct
    case .gridRow: return 8  // Field
    case .calculate: return 14  // Constant
    case .note: return 15  // String
    case .list: return 10  // Enum
    case .option: return 22  // EnumMember
    case .repeat: return 18  // Array: one row per iteration
    case .paradata: return 7  // Property: filled by the collector
    case .sample: return 13  // Variable: from the sample file
    }
  }

  func workspaceSymbol(_ p: JSON) throws(ResponseError) -> JSON {
    let query = (p["query"]?.string ?? "").lowercased()
    lock.lock()
    // Documents never analysed yet are waited for, as for a request on one document.
    while documents.values.contains(where: { $0.analysis == nil }) {
      workerBusy = false
      lock.broadcast()
      lock.wait()
      workerBusy = true
    }
    let docs = documents.values.compactMap { d -> DocumentView? in
      d.analysis.map {
        DocumentView(
          uri: d.uri, analysis: $0, edits: d.pendingEdits, lines: d.lines, encoding: encoding,
          diagnosticDocs: diagnosticDocs, context: d.context)
      }
    }
    lock.unlock()
    var out: [JSON] = []
    // The files of an instrument share its analysis: each symbol once, in the file it is declared in.
    var seen: Set<JSON> = []
    for v in docs.sorted(by: { $0.uri < $1.uri }) {
      for s in v.analysis.flatSymbols() where query.isEmpty || s.name.lowercased().contains(query) {
        guard let location = v.location(s.selectionRange), seen.insert(location).inserted else { continue }
        out.append(
          .object([
            "name": .string(s.name), "kind": .int(LanguageServer.symbolKind(s.kind)), "location": location,
          ]))
        if out.count >= 1000 { return .array(out) }
      }
    }
    return .array(out)
  }

  func semanticTokens(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    var data: [JSON] = []
    var line = 0
    var character = 0
    // In a file of several, the tokens of its pieces of the assembled text, in the file's order.
    var tokens: [(start: Int, end: Int, type: Int, declaration: Bool)] = []
    for t in v.analysis.semanticTokens() {
      guard let start = v.fromAnalysis(t.range.start), let end = v.fromAnalysis(t.range.end) else { continue }
      tokens.append((start, end, t.type.rawValue, t.isDeclaration))
    }
    if v.context != nil {
      // A module spliced twice has its tokens twice.
      tokens.sort { $0.start < $1.start }
      var last = -1
      tokens = tokens.filter { t in
        defer { last = max(last, t.start) }
        return t.start > last
      }
    }
    for t in tokens {
      let start = v.lines.position(of: t.start, encoding: v.encoding)
      let end = v.lines.position(of: t.end, encoding: v.encoding)
      guard end.line == start.line, end.column > start.column else { continue }
      if start.line < line || (start.line == line && start.column < character) { continue }
      let deltaLine = start.line - line
      let deltaStart = deltaLine == 0 ? start.column - character : start.column
      data.append(.int(deltaLine))
      data.append(.int(deltaStart))
      data.append(.int(end.column - start.column))
      data.append(.int(t.type))
      data.append(.int(t.declaration ? 1 : 0))
      line = start.line
      character = start.column
    }
    return .object(["data": .array(data)])
  }

  func foldingRange(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    var out: [JSON] = []
    var seen = Set<[Int]>()
    for f in v.analysis.foldingRegions() {
      guard let first = v.fromAnalysis(f.range.start), let last = v.fromAnalysis(max(f.range.start, f.range.end - 1))
      else { continue }
      let start = v.lines.line(of: first)
      let end = v.lines.line(of: last)
      // Nested nodes on the same lines (a branch and its block) fold once.
      guard end > start, seen.insert([start, end]).inserted else { continue }
      var o: JSONObject = ["startLine": .int(start), "endLine": .int(end)]
      if f.kind == .comment { o["kind"] = .string("comment") }
      out.append(.object(o))
    }
    return .array(out)
  }

  func inlayHint(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    guard let range = try v.range(p["range"]) else { return .array([]) }
    return .array(
      Self.unique(
        v.analysis.inlayHints(in: range).compactMap { hint in
          v.position(hint.offset).map {
            .object(["position": $0, "label": .string(" \(hint.label)"), "paddingLeft": .bool(false)])
          }
        }))
  }

  func codeAction(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    guard let range = try v.range(p["range"]) else { return .array([]) }
    return .array(
      v.analysis.codeActions(in: range).map { a in
        var o: JSONObject = [
          "title": .string(a.title), "kind": .string("quickfix"), "edit": workspaceEdit(a.edits, v),
        ]
        if let d = a.diagnostic { o["diagnostics"] = .array([lspDiagnostic(d, v)]) }
        if a.isPreferred { o["isPreferred"] = .bool(true) }
        return .object(o)
      })
  }
}
