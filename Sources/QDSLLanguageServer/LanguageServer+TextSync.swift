// Text synchronisation (open, full and incremental change, close) and the published diagnostics.

import Foundation
import QDSLIDE
import QDSLSyntax
import QDSLText

extension LanguageServer {
  func didOpen(_ p: JSON) {
    guard let item = p["textDocument"], let uri = item["uri"]?.string, let text = item["text"]?.string else {
      log("didOpen without a uri or text")
      return
    }
    lock.lock()
    documents[uri] = OpenDocument(uri: uri, text: Array(text.utf8), version: item["version"]?.int ?? 0)
    scheduleAnalysis(uri)
    lock.unlock()
  }

  func didChange(_ p: JSON) {
    guard let uri = p["textDocument"]?["uri"]?.string, let changes = p["contentChanges"]?.array else {
      log("didChange without a uri or changes")
      return
    }
    lock.lock()
    defer { lock.unlock() }
    guard let current = documents[uri] else {
      log("didChange for a document that is not open: \(uri)")
      return
    }
    let version = p["textDocument"]?["version"]?.int ?? current.version + 1
    let encoding = self.encoding
    // Mutated in place, so that a large text is not copied for every keystroke.
    documents[uri]?.update { doc in
      // The cached current text shares the text's bytes: dropped first, so that the edits below copy nothing.
      doc.current = nil
      for change in changes {
        guard let text = change["text"]?.string else { continue }
        if let range = change["range"] {
          let start = LanguageServer.offset(range["start"], in: doc.lines, encoding)
          let end = LanguageServer.offset(range["end"], in: doc.lines, encoding)
          doc.apply(TextRange(min(start, end), max(start, end)), Array(text.utf8), version: version)
        } else {
          doc.replaceAll(Array(text.utf8), version: version)
        }
      }
      doc.version = version
    }
    scheduleAnalysis(uri)
  }

  private static func offset(_ p: JSON?, in lines: LineIndex, _ encoding: PositionEncoding) -> Int {
    lines.offset(line: p?["line"]?.int ?? 0, column: p?["character"]?.int ?? 0, encoding: encoding)
  }

  func didClose(_ p: JSON) {
    guard let uri = p["textDocument"]?["uri"]?.string else { return }
    lock.lock()
    let closed = documents.removeValue(forKey: uri)
    dirty.removeAll { $0 == uri }
    // A file of an instrument of several is read from disk again: its instruments are checked again.
    if closed?.context != nil, let path = DocumentURI.path(uri) { filesChangedOnDisk([path], created: false) }
    lock.unlock()
    let wasOpen = closed != nil
    withExtendedLifetime(closed) {}  // freed outside the lock
    if wasOpen { notify("textDocument/publishDiagnostics", .object(["uri": .string(uri), "diagnostics": .array([])])) }
  }

  /// The snapshot for a request: waits only when the document has never been analysed.
  func view(_ p: JSON) throws(ResponseError) -> DocumentView {
    guard let uri = p["textDocument"]?["uri"]?.string else {
      throw .invalidParams("expected params.textDocument.uri")
    }
    lock.lock()
    defer { lock.unlock() }
    while true {
      guard let doc = documents[uri] else {
        throw .invalidParams("the document \(uri) is not open: send textDocument/didOpen first")
      }
      if let a = doc.analysis {
        return DocumentView(
          uri: uri, analysis: a, edits: doc.pendingEdits, lines: doc.lines, encoding: encoding,
          diagnosticDocs: diagnosticDocs, version: doc.version, analysisVersion: doc.analysisVersion,
          context: doc.context)
      }
      // Waiting for the first analysis: the analyser must not wait for this request in turn.
      workerBusy = false
      lock.broadcast()
      lock.wait()
      workerBusy = true
    }
  }

  /// The text a request refers to, for completion, hover and signature help: its last analysis when no edit came
  /// since, else made once per version (moved with the text, or parsed afresh).
  func currentText(_ v: DocumentView, at offset: Int) -> CurrentText {
    // A file of an instrument of several: its own text, parsed, answered with the instrument's names.
    guard v.context == nil else {
      return cachedCurrentText(v) { CurrentText(reparsing: v.lines.bytes, names: v.analysis) }
    }
    guard !v.edits.isEmpty else { return CurrentText(analysis: v.analysis) }
    return cachedCurrentText(v) { CurrentText(bytes: v.lines.bytes, analysis: v.analysis) }
  }

  private func cachedCurrentText(_ v: DocumentView, _ make: () -> CurrentText) -> CurrentText {
    lock.lock()
    let cached = documents[v.uri]?.current
    lock.unlock()
    if let cached, cached.version == v.version, cached.analysisVersion == v.analysisVersion { return cached.text }
    let started = DispatchTime.now().uptimeNanoseconds
    let text = make()
    if LanguageServer.tracing {
      let ms = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
      log("version \(v.version): the current text \(text.isReparsed ? "parsed afresh" : "moved") in \(ms) ms")
    }
    lock.lock()
    documents[v.uri]?.current = (v.version, v.analysisVersion, text)
    lock.unlock()
    return text
  }

  func publishDiagnostics(
    uri: String, version: Int, analysis: Analysis, encoding: PositionEncoding, diagnosticDocs: String
  ) {
    let view = DocumentView(
      uri: uri, analysis: analysis, edits: [], lines: analysis.lineIndex, encoding: encoding,
      diagnosticDocs: diagnosticDocs)
    publish(uri: uri, version: version, items: analysis.diagnostics.map { lspDiagnostic($0, view) })
  }

  /// Diagnostics in the offsets of the current text, whose line starts are `lines` (the fast path for typing in
  /// texts); `analysis` is the older one they were derived from, which positions are not mapped through.
  func publishDiagnostics(
    uri: String, version: Int, diagnostics: [Diagnostic], lines: LineIndex, from analysis: Analysis,
    _ encoding: PositionEncoding, diagnosticDocs: String
  ) {
    let view = DocumentView(
      uri: uri, analysis: analysis, edits: [], lines: lines, encoding: encoding, diagnosticDocs: diagnosticDocs)
    publish(uri: uri, version: version, items: diagnostics.map { lspDiagnostic($0, view) })
  }

  func publish(uri: String, version: Int?, items: [JSON]) {
    var params: JSONObject = ["uri": .string(uri)]
    if let version { params["version"] = .int(version) }
    params["diagnostics"] = .array(items)
    notify("textDocument/publishDiagnostics", .object(params))
  }

  func lspDiagnostic(_ d: Diagnostic, _ view: DocumentView) -> JSON {
    lspDiagnostic(d, range: view.range, location: view.location, docs: view.diagnosticDocs)
  }

  /// A diagnostic in LSP JSON; `range` places its range in the document published, `location` its related
  /// ranges in any file.
  func lspDiagnostic(
    _ d: Diagnostic, range: (TextRange) -> JSON?, location: (TextRange) -> JSON?, docs: String
  ) -> JSON {
    var message = d.message
    if let help = d.help { message += "\nhelp: \(help)" }
    let start = JSON.object(["line": .int(0), "character": .int(0)])
    var o: JSONObject = [
      "range": range(d.range) ?? .object(["start": start, "end": start]),
      "severity": .int(d.severity == .error ? 1 : 2),
      "code": .string(d.code.rawValue), "source": .string("qdsl"), "message": .string(message),
    ]
    o["codeDescription"] = .object(["href": .string(DiagnosticDocumentation.url(d.code, base: docs))])
    let related: [JSON] = d.related.compactMap { r in
      location(r.range).map { .object(["location": $0, "message": .string(r.message)]) }
    }
    if !related.isEmpty { o["relatedInformation"] = .array(related) }
    if d.isUnnecessary { o["tags"] = .array([.int(1)]) }
    return .object(o)
  }
}
