// The pattern of `{"op": "matches"}`: the dialect of docs/language.md ("Text patterns") compiled to a small
// automaton and run over the text's Unicode scalars in linear time (no backtracking, no Foundation regex).

/// A compiled pattern; `matches` tells whether a whole text matches it.
public struct FormPattern: Sendable {
  enum Instruction: Sendable {
    case scalar(UInt32)
    case set(Set)
    /// Go on at both targets.
    case split(Int, Int)
    case jump(Int)
    case atStart
    case atEnd
    case match
  }

  struct Set: Sendable {
    var negated: Bool
    var ranges: [ClosedRange<UInt32>]

    func contains(_ v: UInt32) -> Bool {
      ranges.contains { $0.contains(v) } != negated
    }
  }

  indirect enum Node: Sendable {
    case sequence([Node])
    case alternation([Node])
    case scalar(UInt32)
    case set(Set)
    case start, end
    case repetition(Node, min: Int, max: Int?)
  }

  let program: [Instruction]
  let root: Node

  /// The compiled pattern, or nil when it is not in the dialect (the checker reports those; a hand-written form
  /// may still have one).
  public init?(_ pattern: String) {
    var parser = Parser(scalars: Array(pattern.unicodeScalars.map(\.value)))
    guard let root = parser.alternation(), parser.i == parser.scalars.count, Self.size(root) <= 10_000 else {
      return nil
    }
    var program: [Instruction] = []
    Self.compile(root, into: &program)
    program.append(.match)
    self.program = program
    self.root = root
  }

  /// The number of characters and sets once every repetition is written out, as the checker counts them (at most
  /// 10,000 in a pattern), capped so that it cannot overflow.
  static func size(_ n: Node) -> Int {
    switch n {
    case .sequence(let items), .alternation(let items):
      return items.reduce(1) { Swift.min(Int(Int32.max), $0 + size($1)) }
    case .scalar, .set, .start, .end: return 1
    case .repetition(let inner, let min, let max):
      return Swift.min(Int(Int32.max), size(inner) * Swift.max(1, max ?? (min + 1)))
    }
  }

  /// Whether the whole of `text` matches.
  public func matches(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars.map(\.value))
    var current: [Int] = []
    var next: [Int] = []
    // The step at which an instruction was last added, so that each is added once per step.
    var seen = [Int](repeating: -1, count: program.count)
    add(0, at: 0, scalars.count, &current, &seen, step: 0)
    for (k, c) in scalars.enumerated() {
      if current.isEmpty { return false }
      next.removeAll(keepingCapacity: true)
      for pc in current {
        switch program[pc] {
        case .scalar(let s) where s == c: add(pc + 1, at: k + 1, scalars.count, &next, &seen, step: k + 1)
        case .set(let set) where set.contains(c): add(pc + 1, at: k + 1, scalars.count, &next, &seen, step: k + 1)
        default: break
        }
      }
      swap(&current, &next)
    }
    return current.contains { if case .match = program[$0] { return true } else { return false } }
  }

  /// Adds the instruction `pc` and everything reachable from it without reading a character.
  private func add(_ pc: Int, at position: Int, _ count: Int, _ list: inout [Int], _ seen: inout [Int], step: Int) {
    var stack = [pc]
    while let p = stack.popLast() {
      if seen[p] == step { continue }
      seen[p] = step
      switch program[p] {
      case .split(let a, let b):
        stack.append(b)
        stack.append(a)
      case .jump(let a): stack.append(a)
      case .atStart: if position == 0 { stack.append(p + 1) }
      case .atEnd: if position == count { stack.append(p + 1) }
      default: list.append(p)
      }
    }
  }

  private static func compile(_ n: Node, into p: inout [Instruction]) {
    switch n {
    case .sequence(let items): for item in items { compile(item, into: &p) }
    case .alternation(let branches):
      // split L1, next; L1: branch; jump end; next: split … ; the last branch needs no split.
      var jumps: [Int] = []
      for (i, b) in branches.enumerated() {
        if i < branches.count - 1 {
          let split = p.count
          p.append(.jump(0))
          compile(b, into: &p)
          jumps.append(p.count)
          p.append(.jump(0))
          p[split] = .split(split + 1, p.count)
        } else {
          compile(b, into: &p)
        }
      }
      for j in jumps { p[j] = .jump(p.count) }
    case .scalar(let s): p.append(.scalar(s))
    case .set(let s): p.append(.set(s))
    case .start: p.append(.atStart)
    case .end: p.append(.atEnd)
    case .repetition(let inner, let min, let max):
      for _ in 0..<min { compile(inner, into: &p) }
      if let max {
        // Each optional copy may be skipped, and skipping one skips the rest.
        var skips: [Int] = []
        for _ in min..<max {
          skips.append(p.count)
          p.append(.jump(0))
          compile(inner, into: &p)
        }
        for s in skips { p[s] = .split(s + 1, p.count) }
      } else {
        let loop = p.count
        p.append(.jump(0))
        compile(inner, into: &p)
        p.append(.jump(loop))
        p[loop] = .split(loop + 1, p.count)
      }
    }
  }

  /// The dialect's grammar, without messages: any problem makes the pattern unusable.
  struct Parser {
    let scalars: [UInt32]
    var i = 0
    var depth = 0

    var current: UInt32? { i < scalars.count ? scalars[i] : nil }

    static let syntax: [UInt32] = Array("^$\\.*+?()[]{}|/".unicodeScalars.map(\.value))
    static let dot = Set(negated: true, ranges: [0x0A...0x0A, 0x0D...0x0D, 0x2028...0x2029])
    static let digit: [ClosedRange<UInt32>] = [0x30...0x39]
    static let word: [ClosedRange<UInt32>] = [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A]
    static let space: [ClosedRange<UInt32>] = [
      0x09...0x0D, 0x20...0x20, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200A, 0x2028...0x2029, 0x202F...0x202F,
      0x205F...0x205F, 0x3000...0x3000, 0xFEFF...0xFEFF,
    ]

    static func ascii(_ c: Unicode.Scalar) -> UInt32 { c.value }

    mutating func alternation() -> Node? {
      guard let first = sequence() else { return nil }
      var branches = [first]
      while current == Self.ascii("|") {
        i += 1
        guard let b = sequence() else { return nil }
        branches.append(b)
      }
      return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    mutating func sequence() -> Node? {
      var items: [Node] = []
      while let c = current, c != Self.ascii("|"), c != Self.ascii(")") {
        guard let a = atom(), let q = quantified(a) else { return nil }
        items.append(q)
      }
      // One item stands alone, as in the checker's tree, so that both count a pattern's size alike.
      return items.count == 1 ? items[0] : .sequence(items)
    }

    mutating func atom() -> Node? {
      let c = scalars[i]
      i += 1
      switch c {
      case Self.ascii("^"): return .start
      case Self.ascii("$"): return .end
      case Self.ascii("."): return .set(Self.dot)
      case Self.ascii("("):
        depth += 1
        guard depth <= 100, current != Self.ascii("?"), let inner = alternation(), current == Self.ascii(")") else {
          return nil
        }
        i += 1
        depth -= 1
        return inner
      case Self.ascii("["): return bracketed()
      case Self.ascii("\\"):
        guard let e = current else { return nil }
        i += 1
        switch e {
        case Self.ascii("d"): return .set(Set(negated: false, ranges: Self.digit))
        case Self.ascii("D"): return .set(Set(negated: true, ranges: Self.digit))
        case Self.ascii("w"): return .set(Set(negated: false, ranges: Self.word))
        case Self.ascii("W"): return .set(Set(negated: true, ranges: Self.word))
        case Self.ascii("s"): return .set(Set(negated: false, ranges: Self.space))
        case Self.ascii("S"): return .set(Set(negated: true, ranges: Self.space))
        default: return Self.simpleEscape(e, inBrackets: false).map { .scalar($0) }
        }
      case Self.ascii("*"), Self.ascii("+"), Self.ascii("?"), Self.ascii("{"), Self.ascii("}"), Self.ascii("]"),
        Self.ascii(")"), Self.ascii("|"):
        return nil
      default: return .scalar(c)
      }
    }

    static func simpleEscape(_ e: UInt32, inBrackets: Bool) -> UInt32? {
      switch e {
      case ascii("n"): return 0x0A
      case ascii("r"): return 0x0D
      case ascii("t"): return 0x09
      case ascii("f"): return 0x0C
      case ascii("-") where inBrackets: return e
      default: return syntax.contains(e) ? e : nil
      }
    }

    mutating func quantified(_ a: Node) -> Node? {
      guard let c = current else { return a }
      var min = 0
      var max: Int?
      switch c {
      case Self.ascii("*"): i += 1
      case Self.ascii("+"):
        min = 1
        i += 1
      case Self.ascii("?"):
        max = 1
        i += 1
      case Self.ascii("{"):
        i += 1
        guard let m = number() else { return nil }
        min = m
        max = m
        if current == Self.ascii(",") {
          i += 1
          max = number()
        }
        guard current == Self.ascii("}") else { return nil }
        i += 1
        if let n = max, n < m { return nil }
      default: return a
      }
      if case .start = a { return nil }
      if case .end = a { return nil }
      if let n = current, [Self.ascii("?"), Self.ascii("+"), Self.ascii("*"), Self.ascii("{")].contains(n) {
        return nil
      }
      return .repetition(a, min: min, max: max)
    }

    mutating func number() -> Int? {
      let s = i
      var n = 0
      while let c = current, (0x30...0x39).contains(c) {
        n = Swift.min(n * 10 + Int(c - 0x30), 1_000_000)
        i += 1
      }
      return i > s && n <= 1000 ? n : nil
    }

    mutating func bracketed() -> Node? {
      var negated = false
      if current == Self.ascii("^") {
        negated = true
        i += 1
      }
      var ranges: [ClosedRange<UInt32>] = []
      let first = i
      while true {
        guard let c = current else { return nil }
        if c == Self.ascii("]") {
          guard i > first else { return nil }
          i += 1
          break
        }
        guard let low = classAtom() else { return nil }
        if current == Self.ascii("-"), i + 1 < scalars.count, scalars[i + 1] != Self.ascii("]") {
          guard low.count == 1, low[0].lowerBound == low[0].upperBound else { return nil }
          i += 1
          guard let high = classAtom(), high.count == 1, high[0].lowerBound == high[0].upperBound,
            low[0].lowerBound <= high[0].lowerBound
          else { return nil }
          ranges.append(low[0].lowerBound...high[0].lowerBound)
          if current == Self.ascii("-"), i + 1 < scalars.count, scalars[i + 1] != Self.ascii("]") { return nil }
        } else {
          ranges += low
        }
      }
      return .set(Set(negated: negated, ranges: ranges))
    }

    mutating func classAtom() -> [ClosedRange<UInt32>]? {
      let c = scalars[i]
      i += 1
      switch c {
      case Self.ascii("\\"):
        guard let e = current else { return nil }
        i += 1
        switch e {
        case Self.ascii("d"): return Self.digit
        case Self.ascii("w"): return Self.word
        case Self.ascii("s"): return Self.space
        default: return Self.simpleEscape(e, inBrackets: true).map { [$0...$0] }
        }
      case Self.ascii("["): return nil
      case Self.ascii("&") where current == Self.ascii("&"): return nil
      default: return [c...c]
      }
    }
  }
}
