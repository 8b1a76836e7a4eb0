// The document outline (choice lists with their options, sections and repeats with their items) and the flat
// symbol list used for workspace symbols.

import QDSLSemantics
import QDSLSyntax

extension Analysis {
  /// Choice lists first (in source order), then the item tree; `if` blocks are transparent.
  public func outline() -> [OutlineSymbol] {
    var all: [OutlineSymbol] = []
    for list in survey.lists where !list.nameRange.isEmpty {
      let options = list.options.map { o in
        OutlineSymbol(
          name: o.name, detail: "\(o.code)", kind: .option, range: o.nameRange.cover(o.codeRange),
          selectionRange: o.nameRange, children: [])
      }
      all.append(
        OutlineSymbol(
          name: list.name, detail: "choices", kind: .list, range: list.range.cover(list.nameRange),
          selectionRange: list.nameRange, children: options))
    }
    for v in survey.variables where !v.isDuplicate {
      guard case .paradata(let kind) = v.kind else { continue }
      all.append(
        OutlineSymbol(
          name: v.name, detail: "paradata \(kind.rawValue)", kind: .paradata, range: v.nameRange,
          selectionRange: v.nameRange, children: []))
    }
    for sample in survey.samples {
      let v = survey.variables[sample.variable]
      guard !v.isDuplicate else { continue }
      all.append(
        OutlineSymbol(
          name: v.name, detail: "sample \(v.type.spelling(survey))" + (sample.isOptional ? " optional" : ""),
          kind: .sample, range: v.nameRange, selectionRange: v.nameRange, children: []))
    }
    all += items(survey.items)
    return all.sorted { $0.range.start < $1.range.start }
  }

  private func items(_ list: [Item]) -> [OutlineSymbol] {
    var out: [OutlineSymbol] = []
    for item in list {
      switch item.kind {
      case .section(let s):
        out.append(
          OutlineSymbol(
            name: s.name, detail: shuffledDetail(s.title?.entries.first?.template.display, s.shuffle), kind: .section,
            range: item.range.cover(s.nameRange), selectionRange: s.nameRange, children: items(s.items)))
      case .repeat(let r):
        out.append(
          OutlineSymbol(
            name: r.name, detail: driverText(r.level), kind: .repeat,
            range: item.range.cover(r.nameRange), selectionRange: r.nameRange, children: items(r.items)))
      case .question(let q):
        // A specify text is part of its question (declared at the question's name).
        if q.specifies == nil {
          var symbol = variableSymbol(q.variable, .question, item.range, [])
          symbol.detail = shuffledDetail(symbol.detail, q.shuffle)
          out.append(symbol)
        }
      case .grid(let g):
        let rows = g.rows.map { r in variableSymbol(r.variable, .gridRow, r.nameRange, []) }
        out.append(variableSymbol(g.variable, .grid, item.range, rows))
      case .calculate(let c): out.append(variableSymbol(c.variable, .calculate, item.range, []))
      case .note(let n):
        out.append(
          OutlineSymbol(
            name: n.name, detail: n.text?.entries.first?.template.display, kind: .note,
            range: item.range.cover(n.nameRange), selectionRange: n.nameRange, children: []))
      case .conditional(let c): for b in c.branches { out += items(b.items) }
      case .end: break
      }
    }
    return out
  }

  /// A detail with "shuffled" added for a shuffled question or section.
  private func shuffledDetail(_ detail: String?, _ shuffle: ShuffleOrder?) -> String? {
    guard shuffle != nil else { return detail }
    return detail.map { "\($0), shuffled" } ?? "shuffled"
  }

  private func variableSymbol(_ id: VariableID, _ kind: OutlineKind, _ range: TextRange, _ children: [OutlineSymbol])
    -> OutlineSymbol
  {
    let v = survey.variables[id]
    let shown: String
    if case .gridRow(_, let row) = v.kind { shown = row } else { shown = v.name }
    return OutlineSymbol(
      name: shown, detail: v.type == .error ? nil : v.type.spelling(survey), kind: kind,
      range: range.cover(v.nameRange), selectionRange: v.nameRange, children: children)
  }

  /// The outline flattened (parents before children), for workspace symbol search.
  public func flatSymbols() -> [OutlineSymbol] {
    var out: [OutlineSymbol] = []
    var stack = outline().reversed() as [OutlineSymbol]
    while let s = stack.popLast() {
      out.append(s)
      stack.append(contentsOf: s.children.reversed())
    }
    return out
  }
}
