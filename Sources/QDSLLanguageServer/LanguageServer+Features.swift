// The language features: each handler converts params to UTF-8 offsets, asks the Analysis facade and converts
// the plain result back to LSP JSON.

import QDSLIDE
import QDSLSyntax
import QDSLText

extension LanguageServer {
  func hover(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    guard let h = currentText(v).hover(at: try v.currentOffset(p["position"])) else { return .null }
    return .object([
      "contents": .object(["kind": .string("markdown"), "value": .string(h.markdown)]),
      "range": v.currentRange(h.range),
    ])
  }

  func completion(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    let c = currentText(v).completion(at: try v.currentOffset(p["position"]))
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
    }
  }

  func signatureHelp(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    guard let s = currentText(v).signatureHelp(at: try v.currentOffset(p["position"])) else { return .null }
    return .object([
      "signatures": .array([
        .object(["label": .string(s.label), "parameters": .array(s.parameters.map { .object(["label": .string($0)]) })])
      ]),
      "activeSignature": .int(0), "activeParameter": .int(min(s.activeParameter, max(0, s.parameters.count - 1))),
    ])
  }

  func definition(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    guard let r = v.analysis.definition(at: try v.offset(p["position"])) else { return .null }
    return v.location(r)
  }

  func references(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    let include = p["context"]?["includeDeclaration"]?.bool ?? true
    return .array(v.analysis.references(at: try v.offset(p["position"]), includeDeclaration: include).map(v.location))
  }

  func documentHighlight(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    return .array(
      v.analysis.highlights(at: try v.offset(p["position"])).map {
        .object(["range": v.range($0.range), "kind": .int($0.isDeclaration ? 3 : 2)])
      })
  }

  func prepareRename(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    guard let t = v.analysis.prepareRename(at: try v.offset(p["position"])) else { return .null }
    return .object(["range": v.range(t.range), "placeholder": .string(t.placeholder)])
  }

  func rename(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    guard let newName = p["newName"]?.string else { throw .invalidParams("expected params.newName") }
    switch v.analysis.rename(at: try v.offset(p["position"]), to: newName) {
    case .failure(let e): throw ResponseError(code: ResponseError.requestFailed, message: e.message)
    case .success(let edits): return .object(["changes": .object([v.uri: .array(edits.map { textEdit($0, v) })])])
    }
  }

  func textEdit(_ e: TextEdit, _ v: DocumentView) -> JSON {
    .object(["range": v.range(e.range), "newText": .string(e.newText)])
  }

  func documentSymbol(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    func convert(_ s: OutlineSymbol) -> JSON {
      var o: JSONObject = [
        "name": .string(s.name), "kind": .int(LanguageServer.symbolKind(s.kind)), "range": v.range(s.range),
        "selectionRange": v.range(s.selectionRange), "children": .array(s.children.map(convert)),
      ]
      if let d = s.detail { o["detail"] = .string(d) }
      return .object(o)
    }
    return .array(v.analysis.outline().map(convert))
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
          diagnosticDocs: diagnosticDocs)
      }
    }
    lock.unlock()
    var out: [JSON] = []
    for v in docs.sorted(by: { $0.uri < $1.uri }) {
      for s in v.analysis.flatSymbols() where query.isEmpty || s.name.lowercased().contains(query) {
        out.append(
          .object([
            "name": .string(s.name), "kind": .int(LanguageServer.symbolKind(s.kind)),
            "location": v.location(s.selectionRange),
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
    for t in v.analysis.semanticTokens() {
      let start = v.lines.position(of: v.fromAnalysis(t.range.start), encoding: v.encoding)
      let end = v.lines.position(of: v.fromAnalysis(t.range.end), encoding: v.encoding)
      guard end.line == start.line, end.column > start.column else { continue }
      if start.line < line || (start.line == line && start.column < character) { continue }
      let deltaLine = start.line - line
      let deltaStart = deltaLine == 0 ? start.column - character : start.column
      data.append(.int(deltaLine))
      data.append(.int(deltaStart))
      data.append(.int(end.column - start.column))
      data.append(.int(t.type.rawValue))
      data.append(.int(t.isDeclaration ? 1 : 0))
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
      let start = v.lines.line(of: v.fromAnalysis(f.range.start))
      let end = v.lines.line(of: v.fromAnalysis(max(f.range.start, f.range.end - 1)))
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
    let range = try v.range(p["range"])
    return .array(
      v.analysis.inlayHints(in: range).map {
        .object(["position": v.position($0.offset), "label": .string(" \($0.label)"), "paddingLeft": .bool(false)])
      })
  }

  func codeAction(_ p: JSON) throws(ResponseError) -> JSON {
    let v = try view(p)
    let range = try v.range(p["range"])
    return .array(
      v.analysis.codeActions(in: range).map { a in
        var o: JSONObject = [
          "title": .string(a.title), "kind": .string("quickfix"),
          "edit": .object(["changes": .object([v.uri: .array(a.edits.map { textEdit($0, v) })])]),
        ]
        if let d = a.diagnostic { o["diagnostics"] = .array([lspDiagnostic(d, v)]) }
        if a.isPreferred { o["isPreferred"] = .bool(true) }
        return .object(o)
      })
  }
}
