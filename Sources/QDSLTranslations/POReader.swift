// Reads a translated PO file back: entries by msgctxt (the unit id), the header's Language, Python brace format
// (pipes and `{{ }}`) in msgid and msgstr; fuzzy entries are skipped as gettext skips them, obsolete ones (`#~`)
// ignored; malformed lines are located errors.

public enum POReader {
  public static func read(_ bytes: [UInt8]) -> Result<ReadTranslations, ReadProblem> {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return .failure(ReadProblem(line: 1, message: "the file is not UTF-8"))
    }
    var entries = Entries()
    var lineNumber = 0
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      var line = Substring(raw)
      if line.hasSuffix("\r") { line = line.dropLast() }
      if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      if trimmed.isEmpty {
        entries.finish()
        continue
      }
      if trimmed.hasPrefix("#") {
        if trimmed.hasPrefix("#,") {
          if entries.current.hasStrings { entries.finish() }
          let flags = trimmed.dropFirst(2).split(separator: ",").map { $0.trimmingSpaces() }
          if flags.contains("fuzzy") { entries.current.fuzzy = true }
        } else if entries.current.hasStrings && !trimmed.hasPrefix("#~") {
          entries.finish()
        }
        continue
      }
      if trimmed.hasPrefix("\"") {
        guard let s = unquote(trimmed) else {
          return .failure(ReadProblem(line: lineNumber, message: "a string that is not closed or has a bad escape"))
        }
        guard entries.current.append(s) else {
          return .failure(ReadProblem(line: lineNumber, message: "a string that continues no msgid or msgstr"))
        }
        continue
      }
      let keywordEnd = trimmed.firstIndex { $0 == " " || $0 == "\t" || $0 == "\"" } ?? trimmed.endIndex
      let keyword = String(trimmed[..<keywordEnd])
      let rest = trimmed[keywordEnd...].drop { $0 == " " || $0 == "\t" }
      guard let s = unquote(rest) else {
        let message =
          rest.first == "\""
          ? "the string after '\(keyword)' is not closed: end it with a '\"' on the same line"
          : "'\(keyword)' must be followed by a quoted string"
        return .failure(ReadProblem(line: lineNumber, message: message))
      }
      switch keyword {
      case "msgctxt":
        if entries.current.hasStrings { entries.finish() }
        entries.current.line = lineNumber
        entries.current.context = s
        entries.current.field = .context
      case "msgid":
        if entries.current.msgid != nil { entries.finish() }
        if entries.current.line == 0 { entries.current.line = lineNumber }
        entries.current.msgid = s
        entries.current.field = .msgid
      case "msgid_plural":
        entries.current.field = .ignored
      case "msgstr", "msgstr[0]":
        guard entries.current.msgid != nil else {
          return .failure(ReadProblem(line: lineNumber, message: "a msgstr without a msgid before it"))
        }
        entries.current.msgstr = s
        entries.current.field = .msgstr
      default:
        if keyword.hasPrefix("msgstr[") {
          entries.current.field = .ignored
        } else {
          return .failure(ReadProblem(line: lineNumber, message: "'\(keyword.prefix(40))' is not a PO keyword"))
        }
      }
    }
    entries.finish()
    var result = ReadTranslations(sourceLanguage: nil, targetLanguage: nil, units: [])
    for e in entries.done {
      guard let msgid = e.msgid else { continue }
      if e.context == nil && msgid.isEmpty {
        for field in (e.msgstr ?? "").split(separator: "\n") {
          let pair = field.split(separator: ":", maxSplits: 1)
          guard pair.count == 2 else { continue }
          let value = pair[1].trimmingSpaces()
          if pair[0] == "Language" { result.targetLanguage = value }
          if pair[0] == "X-Source-Language" { result.sourceLanguage = value }
        }
        continue
      }
      guard let id = e.context else {
        return .failure(
          ReadProblem(line: e.line, message: "an entry without msgctxt: qdsl's units carry their id as msgctxt"))
      }
      var unit = ReadUnit(id: id, source: nil, target: nil, line: e.line)
      switch UnitText.parseBraced(msgid) {
      case .success(let t): unit.source = t
      case .failure(let p): unit.problem = "msgid: " + p.message
      }
      if let msgstr = e.msgstr, !msgstr.isEmpty, !e.fuzzy {
        switch UnitText.parseBraced(msgstr) {
        case .success(let t): unit.target = t
        case .failure(let p): unit.problem = unit.problem ?? "msgstr: " + p.message
        }
      }
      result.units.append(unit)
    }
    return .success(result)
  }

  /// The entries of a file, built line by line.
  struct Entries {
    enum Field { case none, context, msgid, msgstr, ignored }
    struct Entry {
      var line = 0
      var fuzzy = false
      var context: String?
      var msgid: String?
      var msgstr: String?
      var field = Field.none
      var hasStrings: Bool { context != nil || msgid != nil }

      /// Appends a continuation line in place (a long entry of many lines stays linear).
      mutating func append(_ s: String) -> Bool {
        switch field {
        case .none: return false
        case .context: if context == nil { context = s } else { context?.append(s) }
        case .msgid: if msgid == nil { msgid = s } else { msgid?.append(s) }
        case .msgstr: if msgstr == nil { msgstr = s } else { msgstr?.append(s) }
        case .ignored: break
        }
        return true
      }
    }
    var current = Entry()
    var done: [Entry] = []

    mutating func finish() {
      if current.hasStrings { done.append(current) }
      current = Entry()
    }
  }

  /// The content of a C-quoted string that is the whole of `s` (trailing spaces allowed), escapes applied.
  static func unquote(_ s: Substring) -> String? {
    var utf8 = s.utf8[...]
    while let last = utf8.last, last == 0x20 || last == 0x09 { utf8 = utf8.dropLast() }
    guard utf8.count >= 2, utf8.first == 0x22, utf8.last == 0x22 else { return nil }
    let inner = utf8.dropFirst().dropLast()
    // Most strings have no escape: their bytes are the text.
    if !inner.contains(0x5C) {
      return inner.contains(0x22) ? nil : String(Substring(inner))
    }
    var out: [UInt8] = []
    out.reserveCapacity(inner.count)
    var i = inner.startIndex
    func scalar(_ v: UInt32) -> Bool {
      guard let u = Unicode.Scalar(v) else { return false }
      out.append(contentsOf: Array(String(Character(u)).utf8))
      return true
    }
    while i < inner.endIndex {
      let c = inner[i]
      if c == 0x22 { return nil }
      guard c == 0x5C else {
        out.append(c)
        i = inner.index(after: i)
        continue
      }
      i = inner.index(after: i)
      guard i < inner.endIndex else { return nil }
      let e = inner[i]
      i = inner.index(after: i)
      switch e {
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "a"): out.append(0x07)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "v"): out.append(0x0B)
      case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "?"): out.append(e)
      case UInt8(ascii: "0")...UInt8(ascii: "7"):
        var v = UInt32(e - 48)
        var k = 0
        while k < 2, i < inner.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(inner[i]) {
          v = v * 8 + UInt32(inner[i] - 48)
          i = inner.index(after: i)
          k += 1
        }
        guard scalar(v) else { return nil }
      case UInt8(ascii: "x"):
        var v: UInt32 = 0
        var k = 0
        while i < inner.endIndex, let d = hexDigit(Unicode.Scalar(inner[i])), k < 8 {
          v = v * 16 + d
          i = inner.index(after: i)
          k += 1
        }
        guard k > 0, scalar(v) else { return nil }
      default: return nil
      }
    }
    return String(validating: out, as: UTF8.self)
  }

  static func hexDigit(_ c: Unicode.Scalar) -> UInt32? {
    switch c {
    case "0"..."9": return c.value - 48
    case "a"..."f": return c.value - 87
    case "A"..."F": return c.value - 55
    default: return nil
    }
  }
}

extension Substring {
  func trimmingSpaces() -> String {
    String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
