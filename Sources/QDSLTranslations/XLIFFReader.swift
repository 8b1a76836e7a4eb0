// Reads a translated XLIFF 2.0 file back: every <unit> (inside groups too), its segments joined, placeholders
// turned back into pipes through <originalData> (or the `{name}` of disp/equiv, or the source's placeholder of
// the same id), <cp/> into characters, and annotation markers (<mrk>, <pc>) read through.

public enum XLIFFReader {
  public static func read(_ bytes: [UInt8]) -> Result<ReadTranslations, ReadProblem> {
    let root: XMLElement
    // Spaces are text in the inline content of <source>, <target> and their markers, and in notes and data.
    let mixed: Set<String> = ["source", "target", "mrk", "pc", "note", "data"]
    switch XMLReader.read(bytes, keepsSpace: { mixed.contains($0) }) {
    case .failure(let p): return .failure(ReadProblem(line: p.line, message: p.message))
    case .success(let r): root = r
    }
    let ns = XLIFFWriter.namespace
    guard root.name == "xliff", root.namespace == ns else {
      return .failure(
        ReadProblem(
          line: root.line, message: "this is not an XLIFF 2.0 file (its root is <\(root.name)> in '\(root.namespace)')")
      )
    }
    guard let version = root.attribute("version"), version.hasPrefix("2.") else {
      return .failure(
        ReadProblem(
          line: root.line,
          message: "this is XLIFF \(root.attribute("version") ?? "without a version"); qdsl reads XLIFF 2.0"))
    }
    var units: [ReadUnit] = []
    var stack: [XMLElement] = root.elements("file", in: ns).reversed()
    while let e = stack.popLast() {
      for case .element(let child) in e.children.reversed() where child.namespace == ns {
        if child.name == "group" { stack.append(child) }
      }
      for u in e.elements("unit", in: ns) {
        switch unit(u) {
        case .success(let r): units.append(r)
        case .failure(let p): return .failure(p)
        }
      }
    }
    units.sort { $0.line < $1.line }
    return .success(
      ReadTranslations(
        sourceLanguage: root.attribute("srcLang"), targetLanguage: root.attribute("trgLang"), units: units))
  }

  static func unit(_ u: XMLElement) -> Result<ReadUnit, ReadProblem> {
    let ns = XLIFFWriter.namespace
    guard let id = u.attribute("id") else {
      return .failure(ReadProblem(line: u.line, message: "a <unit> without an id"))
    }
    var data: [String: String] = [:]
    for o in u.elements("originalData", in: ns) {
      for d in o.elements("data", in: ns) { if let i = d.attribute("id") { data[i] = d.allText } }
    }
    var source: [UnitPiece] = []
    var target: [UnitPiece] = []
    var hasTarget = false
    var sourcePlaceholders: [String: String] = [:]
    var problem: String?
    for case .element(let part) in u.children
    where part.namespace == ns && (part.name == "segment" || part.name == "ignorable") {
      guard let s = part.elements("source", in: ns).first else {
        return .failure(ReadProblem(line: part.line, message: "a <\(part.name)> without a <source> in unit '\(id)'"))
      }
      source += pieces(s, data: data, placeholders: &sourcePlaceholders, problem: &problem)
      if let t = part.elements("target", in: ns).first {
        hasTarget = true
        var known = sourcePlaceholders
        target += pieces(t, data: data, placeholders: &known, problem: &problem, isTarget: true)
      } else if part.name == "ignorable" {
        // Whitespace between segments belongs to both sides.
        var known = sourcePlaceholders
        target += pieces(s, data: data, placeholders: &known, problem: &problem)
      }
    }
    return .success(
      ReadUnit(
        id: id, source: UnitText(source), target: hasTarget ? UnitText(target) : nil, line: u.line, problem: problem))
  }

  /// The pieces of a <source> or <target>. Placeholders of the source are remembered by id, so a target's <ph>
  /// that kept only its id still means its pipe.
  static func pieces(
    _ e: XMLElement, data: [String: String], placeholders: inout [String: String], problem: inout String?,
    isTarget: Bool = false
  ) -> [UnitPiece] {
    var out: [UnitPiece] = []
    var stack: [XMLNode] = e.children.reversed()
    while let n = stack.popLast() {
      switch n {
      case .text(let s): out.append(.text(s))
      case .element(let c):
        switch c.name {
        case "ph":
          let original = c.attribute("dataRef").flatMap { data[$0] } ?? c.attribute("equiv") ?? c.attribute("disp")
          var name: String?
          if let original, original.hasPrefix("{"), original.hasSuffix("}"), original.count > 2 {
            name = String(original.dropFirst().dropLast())
          } else if let id = c.attribute("id"), isTarget {
            name = placeholders[id]
          }
          if let name {
            if !isTarget, let id = c.attribute("id") { placeholders[id] = name }
            out.append(.pipe(name))
          } else if problem == nil {
            problem =
              "a placeholder <ph id=\"\(c.attribute("id") ?? "")\"/> (line \(c.line)) that is none of the text's pipes"
          }
        case "cp":
          if let hex = c.attribute("hex"), let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) {
            out.append(.text(String(Character(scalar))))
          } else if problem == nil {
            problem = "a <cp> (line \(c.line)) without a valid hex code point"
          }
        default:
          // <mrk>, <pc> and markers: their content is the text; <sc>/<ec>/<sm>/<em> are empty.
          stack.append(contentsOf: c.children.reversed())
        }
      }
    }
    return out
  }
}
