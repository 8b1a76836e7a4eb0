// An instrument of several files checked as one: the items of each module spliced where `include NAME` stands and
// its choice lists and sample variables where the instrument's `use` line that reaches it stands, checked once, and every diagnostic
// mapped back to its own file.

import QDSLSyntax

/// A checked instrument of several files: the model (what every output, `diff` and `simulate` see) and every
/// diagnostic located in its own file (`range.file` indexes `sources.files`).
public struct CheckedInstrument: Sendable {
  public let sources: SourceSet
  /// The check of the assembled instrument. Its parse and the ranges of its model are in the assembled text;
  /// use `diagnostics` (mapped to the files) for anything shown to a person.
  public let checked: CheckedFile
  /// Loading, syntax (per file) and semantic diagnostics, each located in its file, in file then source order.
  public let diagnostics: [Diagnostic]

  /// Maps the assembled text's ranges to the files (nil for an instrument of one file, whose ranges are its own).
  let assembly: InstrumentAssembly?

  public var survey: Survey { checked.survey }
  /// Whether the instrument is one file with no `use` line: then `checked` is that file's own check.
  public var isSingleFile: Bool { assembly == nil }

  /// A diagnostic located in the model (`survey`'s ranges, such as the outputs' warnings) moved to the file its
  /// range is in; nil when it falls between the files' pieces.
  public func locate(_ range: TextRange) -> TextRange? {
    guard let assembly else { return range }
    return assembly.map(range)
  }

  /// A diagnostic located in the model moved to its file (see `locate(_:)` for ranges).
  public func locate(_ d: Diagnostic) -> Diagnostic? {
    guard let assembly else { return d }
    return assembly.map(d)
  }
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

extension Checker {
  /// Checks an instrument made of the files of a source set. A set of one file with no `use` line is checked
  /// exactly like that file on its own. Linear in the total size of the files (each module's text is copied once
  /// per `include`).
  public static func check(_ sources: SourceSet) -> CheckedInstrument {
    if sources.files.count == 1 && sources.entry.uses.isEmpty {
      let checked = check(sources.entry.parse)
      return CheckedInstrument(
        sources: sources, checked: checked, diagnostics: (sources.diagnostics + checked.diagnostics).sortedForOutput(),
        assembly: nil)
    }
    var assembling = InstrumentAssembly(sources: sources)
    assembling.assemble()
    let assembly = assembling
    let parse = Parse(bytes: assembly.bytes)
    let state = checked(parse) { range in
      guard let r = assembly.map(range) else { return "?" }
      let file = sources.files[Int(r.file)]
      let line = file.parse.lineIndex.position(of: r.start).line
      return r.file == 0 ? "\(line)" : "\(line) of \(file.path)"
    }
    let checked = CheckedFile(
      parse: parse, survey: state.survey, diagnostics: (parse.diagnostics + state.diagnostics).sortedForOutput())
    // Syntax errors come from each file's own parse; the assembled text only repeats them.
    // A module's lists are a library that each instrument draws on: one that this instrument leaves unused is
    // no defect of either file.
    let semantic = state.diagnostics.compactMap { assembly.map($0) }.filter {
      !($0.code == .unusedList && $0.range.file != 0)
    }
    return CheckedInstrument(
      sources: sources, checked: checked, diagnostics: (sources.allDiagnostics + semantic).sortedForOutput(),
      assembly: assembly)
  }
}

/// Builds the assembled text of an instrument and the map from its offsets back to the files.
struct InstrumentAssembly: Sendable {
  let sources: SourceSet
  var bytes: [UInt8] = []
  /// Pieces of the assembled text copied from a file, in order: assembled start, length, file, start in the file.
  var segments: [(start: Int, length: Int, file: Int32, local: Int)] = []
  /// The modules being spliced (a cycle was reported at loading; it must not recurse here).
  var splicing: Set<Int32> = []
  /// The `include` nodes of each file, in source order, found once per file.
  var includesOfFile: [Int32: [NodeID]] = [:]

  /// The languages the instrument declares (lowercased); nil when the entry has no `languages` line.
  let instrumentLanguages: Set<String>?

  init(sources: SourceSet) {
    self.sources = sources
    instrumentLanguages = Self.languages(of: sources.entry.parse.tree)
  }

  /// The tags of a file's first `languages` line, lowercased (tags compare ignoring case).
  static func languages(of tree: SyntaxTree) -> Set<String>? {
    guard let line = tree.children(SyntaxTree.root).first(where: { tree.kind($0) == .languagesDecl }) else {
      return nil
    }
    return Set(tree.children(line).filter { tree.kind($0) == .languageTag }.map { tree.text($0).lowercased() })
  }

  /// A module whose file has syntax errors contributes nothing: its errors are reported in its file, and its
  /// broken braces must not swallow the items of the files around it.
  func isUsable(_ file: SourceFile) -> Bool {
    file.moduleName != nil && !file.parse.diagnostics.contains { $0.severity == .error }
  }

  /// The modules whose lists are already placed.
  var listsPlaced: Set<Int32> = []

  mutating func assemble() {
    let entry = sources.entry
    copy(entry, from: 0, to: entry.parse.tree.bytes.count)
    separate()
  }

  /// The choice lists and sample variables of a module and, before them, of the modules it uses (each module's
  /// once): they stand in place of the instrument's `use` line, so an instrument whose lists moved into a module in their order keeps
  /// their order, and its outputs stay the same.
  mutating func placeLists(of module: SourceFile) {
    guard !listsPlaced.contains(module.index) else { return }
    listsPlaced.insert(module.index)
    for use in module.uses {
      if let target = use.target { placeLists(of: sources.files[Int(target)]) }
    }
    guard isUsable(module) else { return }
    let tree = module.parse.tree
    for n in tree.children(SyntaxTree.root) where tree.kind(n) == .choicesDecl || tree.kind(n) == .sampleDecl {
      separate()
      let r = tree.range(n)
      copy(module, from: r.start, to: r.end)
      separate()
    }
  }

  /// Copies `file[start..<end]`, splicing the module of each `include` inside it in place of the `include`, and
  /// leaving out a module's translations in languages the instrument does not declare.
  mutating func copy(_ file: SourceFile, from start: Int, to end: Int) {
    var cursor = start
    let points = splicePoints(of: file)
    // The points are in source order: start at the first one inside the range (a module's items are copied one by
    // one, so walking every point of the file each time would be items × includes).
    var lo = 0
    var hi = points.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if file.parse.tree.range(points[mid]).start < start { lo = mid + 1 } else { hi = mid }
    }
    for include in points[lo...] {
      let r = file.parse.tree.range(include)
      if r.start >= end { break }
      guard r.start >= cursor, r.end <= end else { continue }
      if file.parse.tree.kind(include) == .translation {
        raw(file, from: cursor, to: r.start)
        cursor = r.end
        continue
      }
      if file.parse.tree.kind(include) == .useDecl {
        raw(file, from: cursor, to: r.start)
        cursor = r.end
        if let use = file.uses.first(where: { $0.node == include }), let target = use.target {
          placeLists(of: sources.files[Int(target)])
        }
        continue
      }
      switch module(named: include, in: file) {
      case .unknown: continue  // The `include` stays, and the checker reports the unknown name.
      case .broken:
        raw(file, from: cursor, to: r.start)
        cursor = r.end
      case .found(let module):
        raw(file, from: cursor, to: r.start)
        cursor = r.end
        splice(module)
      }
    }
    raw(file, from: cursor, to: end)
  }

  /// The items of a module, each on lines of its own.
  mutating func splice(_ module: SourceFile) {
    guard !splicing.contains(module.index), splicing.count < SyntaxLimits.maxNesting else { return }
    splicing.insert(module.index)
    defer { splicing.remove(module.index) }
    let tree = module.parse.tree
    for n in tree.children(SyntaxTree.root) {
      switch tree.kind(n) {
      case .sectionDecl, .questionDecl, .gridDecl, .calculateDecl, .noteDecl, .ifItem, .endItem, .repeatDecl,
        .includeItem:
        separate()
        let r = tree.range(n)
        copy(module, from: r.start, to: r.end)
        separate()
      default:
        continue
      }
    }
  }

  /// What an `include` names.
  enum Included {
    /// No module of that name is used by the including file.
    case unknown
    /// A module with syntax errors (reported in its file): the `include` stands for nothing.
    case broken
    case found(SourceFile)
  }

  /// The module an `include` names, among the modules its own file uses.
  func module(named include: NodeID, in file: SourceFile) -> Included {
    let tree = file.parse.tree
    guard let token = tree.declaredName(include) else { return .unknown }
    let name = tree.tokenText(token)
    for use in file.uses {
      guard let target = use.target else { continue }
      let module = sources.files[Int(target)]
      if module.moduleName == name { return isUsable(module) ? .found(module) : .broken }
    }
    // A `use` that failed to load (reported at the `use`) may have meant this module: say nothing more.
    return file.uses.contains { $0.target == nil } ? .broken : .unknown
  }

  /// The `include` nodes of a file, in the entry its `use` lines (where the modules' lists go), and in a module
  /// its translations in languages that it declares and the instrument does not (a module may provide more
  /// languages than an instrument uses: those texts are not part of the instrument), in source order.
  mutating func splicePoints(of file: SourceFile) -> [NodeID] {
    if let known = includesOfFile[file.index] { return known }
    let tree = file.parse.tree
    var extra: Set<String> = []
    if file.index != 0, let wanted = instrumentLanguages, let provided = Self.languages(of: tree) {
      extra = provided.subtracting(wanted)
    }
    var found: [NodeID] = []
    for i in 0..<tree.nodes.count {
      let kind = tree.nodes[i].kind
      if kind == .includeItem || (kind == .useDecl && file.index == 0) {
        found.append(NodeID(i))
      } else if kind == .translation && !extra.isEmpty, let tag = tree.child(NodeID(i), .languageTag),
        extra.contains(tree.text(tag).lowercased())
      {
        found.append(NodeID(i))
      }
    }
    found.sort { tree.nodes[Int($0)].firstToken < tree.nodes[Int($1)].firstToken }
    includesOfFile[file.index] = found
    return found
  }

  mutating func raw(_ file: SourceFile, from start: Int, to end: Int) {
    guard end > start else { return }
    segments.append((bytes.count, end - start, file.index, start))
    bytes += file.parse.tree.bytes[start..<end]
  }

  /// A line break between spliced pieces (it maps to no file).
  mutating func separate() { bytes.append(UInt8(ascii: "\n")) }

  /// The file and offset of an assembled offset: the segment holding it (or ending at it).
  func locate(_ offset: Int) -> (file: Int32, offset: Int)? {
    var lo = 0
    var hi = segments.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if segments[mid].start <= offset { lo = mid + 1 } else { hi = mid }
    }
    guard lo > 0 else { return nil }
    let s = segments[lo - 1]
    return (s.file, s.local + min(offset - s.start, s.length))
  }

  /// A range of the assembled text in its file: the start's segment decides; a range running past its segment
  /// is cut at the segment's end.
  func map(_ range: TextRange) -> TextRange? {
    guard let start = locate(range.start) else { return nil }
    guard let end = locate(range.end), end.file == start.file, end.offset >= start.offset else {
      return TextRange.empty(at: start.offset, file: start.file)
    }
    return TextRange(start.offset, end.offset, file: start.file)
  }

  func map(_ d: Diagnostic) -> Diagnostic? {
    guard let range = map(d.range) else { return nil }
    var mapped = d
    mapped.range = range
    mapped.related = d.related.compactMap { r in map(r.range).map { Diagnostic.Related($0, r.message) } }
    // A fix is kept only when its range stays inside one piece of one file.
    mapped.fixes = d.fixes.compactMap { f in
      guard let r = map(f.range), r.length == f.range.length else { return nil }
      return Diagnostic.Fix(title: f.title, range: r, replacement: f.replacement)
    }
    return mapped
  }
}
