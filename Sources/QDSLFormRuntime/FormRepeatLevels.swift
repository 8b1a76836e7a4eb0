// The repeats of a form as levels: each repeat with the repeats around it, and the instance paths that key the
// answers of repeated variables (`person[2].age`, `person[2].job[1].title`).

/// A repeat and where it stands among the repeats.
public struct FormRepeatLevel: Sendable, Equatable {
  public var `repeat`: FormRepeat
  /// The repeats from the outermost to this one (the last element is its own id).
  public var chain: [String]
  /// For `for each` over an earlier repeat S: how many repeats enclose S (its iterations are those of the
  /// enclosing iteration at that depth); nil for other drivers.
  var sourceEnclosing: Int?

  public init(repeat: FormRepeat, chain: [String]) {
    self.repeat = `repeat`
    self.chain = chain
  }

  public var id: String { `repeat`.id }
  /// How deep it is nested: 1 for a repeat outside every other.
  public var depth: Int { chain.count }
}

extension FormModel {
  /// Every repeat in document order.
  public var repeatLevels: [FormRepeatLevel] {
    var out: [FormRepeatLevel] = []
    var chain: [String] = []
    func walk(_ items: [FormItem]) {
      for item in items {
        switch item {
        case .section(let s): walk(s.items)
        case .conditional(let branches): for b in branches { walk(b.items) }
        case .repeat(let r):
          chain.append(r.id)
          out.append(FormRepeatLevel(repeat: r, chain: chain))
          walk(r.items)
          chain.removeLast()
        case .question, .grid, .calculate, .note, .end: break
        }
      }
    }
    walk(items)
    let depths = Dictionary(out.map { ($0.id, $0.depth) }, uniquingKeysWith: { _, last in last })
    for i in out.indices {
      if case .repeat(let s) = out[i].repeat.driver, let depth = depths[s] { out[i].sourceEnclosing = depth - 1 }
    }
    return out
  }
}

/// Instance paths: a variable's name after the iterations that hold it, as `person[2].job[1].title`.
public enum FormInstancePath {
  /// The variable's name and the repeats of the path (`person[2].health.sleep` is `health.sleep` in
  /// `person`, iteration 2); nil when the brackets are not iteration numbers from 1.
  public static func split(_ path: String) -> (name: String, iterations: [(repeat: String, index: Int)])? {
    guard path.utf8.contains(UInt8(ascii: "[")) else { return (path, []) }
    var iterations: [(String, Int)] = []
    var rest = Substring(path)
    while let open = rest.firstIndex(of: "[") {
      guard let close = rest[open...].firstIndex(of: "]") else { return nil }
      let digits = rest[rest.index(after: open)..<close]
      guard let first = digits.first, first != "0", digits.allSatisfy({ $0 >= "0" && $0 <= "9" }),
        let index = Int(digits)
      else { return nil }
      let name = rest[..<open]
      guard !name.isEmpty, !name.contains(".") else { return nil }
      iterations.append((String(name), index))
      let after = rest.index(after: close)
      guard after < rest.endIndex, rest[after] == "." else { return nil }
      rest = rest[rest.index(after: after)...]
    }
    guard !rest.isEmpty else { return nil }
    return (String(rest), iterations)
  }
}
