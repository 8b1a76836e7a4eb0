// An instrument of several files: the entry file and the modules reached through `use`, each read once through
// one reader, parsed on its own and numbered; loading errors (missing, unreadable, not UTF-8, cycles) sit at the `use`.

/// What the reader gave for a path.
public enum SourceRead: Sendable, Equatable {
  case bytes([UInt8])
  case missing
  /// The file exists but could not be read (a folder, no permission); the reason in the reader's words.
  case unreadable(String)
}

/// One `use "path.qdsl"` line of a file and the file it loaded.
public struct ModuleUse: Sendable, Equatable {
  /// The `use` node in its file's tree.
  public let node: NodeID
  /// The whole `use` line (`use "lists.qdsl"`), where loading errors are reported.
  public let range: TextRange
  /// The path as written between the quotes.
  public let written: String
  /// The index of the file loaded, nil when it could not be (an error then stands at `range`).
  public let target: Int32?
}

/// One file of a source set: its path, its parse (ranges stamped with `index`) and its `use` lines.
public struct SourceFile: Sendable {
  public let index: Int32
  /// The entry's path as given; a module's is its user's folder joined with the written path, normalised
  /// (`a/./b/../c.qdsl` is `a/c.qdsl`), so a file reached twice has one path.
  public let path: String
  public let parse: Parse
  public let uses: [ModuleUse]
  /// The name after `module` and its range, nil for an instrument (`survey`) or a file without a header.
  public let moduleName: String?
  public let moduleNameRange: TextRange?
  /// Whether the file starts with `survey` (an instrument).
  public let isInstrument: Bool
}

/// The files of an instrument: `files[0]` is the entry, the rest the modules in the order they were first reached
/// (depth first, in the order of the `use` lines). A file reached twice is one module, loaded once. Loading reads
/// each file once and parses it once, so it is linear in the total size of the files.
public struct SourceSet: Sendable {
  public let files: [SourceFile]
  /// Loading errors, each at the `use` line that caused it (in the using file), in file then source order.
  public let diagnostics: [Diagnostic]

  public var entry: SourceFile { files[0] }

  /// The file a range is in.
  public func file(of range: TextRange) -> SourceFile { files[Int(range.file)] }

  /// Every diagnostic of loading and of the files' syntax, in file then source order.
  public var allDiagnostics: [Diagnostic] {
    (diagnostics + files.flatMap(\.parse.diagnostics)).sortedForOutput()
  }

  /// Loads the entry file (its bytes already read) and every module it reaches through `use`, each path read
  /// once through `read`. Never fails: what cannot be loaded is a located error at its `use`.
  public init(entry path: String, bytes: [UInt8], read: (String) -> SourceRead) {
    var loader = SourceLoader()
    loader.load(entry: path, bytes: bytes, read: read)
    self.files = loader.files
    self.diagnostics = loader.diagnostics.sortedForOutput()
  }

  /// Whether a file is a module: its first word, after blank lines and comments, is `module`, decided without a
  /// parse (`qdsl check` of a folder and the language server's workspace sort files with it).
  public static func isModule(_ bytes: [UInt8]) -> Bool {
    var i = 0
    while i < bytes.count {
      switch bytes[i] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): i += 1
      case UInt8(ascii: "#"): while i < bytes.count && bytes[i] != UInt8(ascii: "\n") { i += 1 }
      default:
        let word = Array("module".utf8)
        guard bytes.count >= i + word.count, Array(bytes[i..<i + word.count]) == word else { return false }
        let next = i + word.count
        return next == bytes.count
          || !(bytes[next] == UInt8(ascii: "_") || bytes[next] >= 0x80
            || (bytes[next] | 0x20 >= UInt8(ascii: "a") && bytes[next] | 0x20 <= UInt8(ascii: "z"))
            || (bytes[next] >= UInt8(ascii: "0") && bytes[next] <= UInt8(ascii: "9")))
      }
    }
    return false
  }

  /// A file on its own: its `use` lines load nothing (and report nothing).
  public init(single path: String, bytes: [UInt8]) {
    self.init(entry: path, bytes: bytes, read: { _ in .missing }, loadModules: false)
  }

  private init(entry path: String, bytes: [UInt8], read: (String) -> SourceRead, loadModules: Bool) {
    var loader = SourceLoader()
    loader.loadsModules = loadModules
    loader.load(entry: path, bytes: bytes, read: read)
    self.files = loader.files
    self.diagnostics = loader.diagnostics.sortedForOutput()
  }
}

/// The depth-first walk that loads a source set, with an explicit stack (a long chain of modules cannot overflow
/// the call stack).
private struct SourceLoader {
  var loadsModules = true
  var files: [SourceFile] = []
  var diagnostics: [Diagnostic] = []
  /// Loaded files by normalised path.
  var indexByPath: [String: Int32] = [:]
  /// The first module declaring each name: its file and the range of the name.
  var moduleByName: [String: TextRange] = [:]
  /// The `use` line that loaded each module, by file index.
  var loadedBy: [Int32: TextRange] = [:]

  /// A file being loaded: its parse, the `use` lines found so far and the next one to follow.
  struct Frame {
    let index: Int32
    let path: String
    let parse: Parse
    let useNodes: [NodeID]
    var next = 0
    var uses: [ModuleUse] = []
  }

  mutating func load(entry path: String, bytes: [UInt8], read: (String) -> SourceRead) {
    var stack: [Frame] = [open(path: path, bytes: bytes)]
    // Placeholders keep `files` indexed by file number while a file's `use` lines are still being followed.
    while !stack.isEmpty {
      let top = stack.count - 1
      if stack[top].next == stack[top].useNodes.count || !loadsModules {
        let frame = stack.removeLast()
        finish(frame)
        continue
      }
      let node = stack[top].useNodes[stack[top].next]
      stack[top].next += 1
      let tree = stack[top].parse.tree
      let lineRange = tree.range(node)
      guard let string = tree.token(node, .string) else { continue }  // The parser reported the missing path.
      let written = SourcePath.content(of: tree.tokenRange(string), in: tree.bytes)
      var target: Int32?
      defer { stack[top].uses.append(ModuleUse(node: node, range: lineRange, written: written, target: target)) }
      let resolved: String
      switch SourcePath.resolve(written, from: stack[top].path) {
      case .failure(let problem):
        diagnostics.append(Diagnostic(.invalidModulePath, problem.message, at: lineRange, help: problem.help))
        continue
      case .success(let path): resolved = path
      }
      if let known = indexByPath[resolved] {
        if let open = stack.firstIndex(where: { $0.index == known }) {
          let chain = stack[open...].map(\.path) + [resolved]
          diagnostics.append(
            Diagnostic(
              .moduleCycle, "this 'use' closes a cycle: " + chain.joined(separator: " uses "), at: lineRange,
              help: "move what the files share into a module that uses neither of them"))
        } else {
          target = known  // Reached twice: one module, loaded once.
        }
        continue
      }
      switch read(resolved) {
      case .missing:
        diagnostics.append(
          Diagnostic(
            .moduleNotFound, "there is no file \(resolved)", at: lineRange,
            help: "the path is relative to the folder of this file; check its spelling"))
      case .unreadable(let reason):
        diagnostics.append(
          Diagnostic(.moduleNotFound, "the file \(resolved) cannot be read: \(reason)", at: lineRange))
      case .bytes(let bytes):
        if let bad = UTF8Validity.firstInvalidOffset(bytes) {
          diagnostics.append(
            Diagnostic(
              .moduleNotUTF8,
              "the file \(resolved) is not UTF-8 (byte \(bad) is 0x"
                + String(bytes[bad], radix: 16, uppercase: true) + ")", at: lineRange,
              help: "save the module with UTF-8 encoding"))
          continue
        }
        let frame = open(path: resolved, bytes: bytes)
        target = frame.index
        loadedBy[frame.index] = lineRange
        checkIsModule(frame, at: lineRange)
        stack.append(frame)
      }
    }
    files.sort { $0.index < $1.index }
    checkLanguages()
  }

  /// Every module provides every language of the instrument (its own `languages` line may list more).
  mutating func checkLanguages() {
    guard let entry = files.first, let wanted = Self.languages(of: entry.parse.tree)?.tags else { return }
    for file in files.dropFirst() where file.moduleName != nil {
      guard let use = loadedBy[file.index] else { continue }
      let provided = Self.languages(of: file.parse.tree)
      // Tags compare ignoring case (BCP 47), as the checker compares them.
      let have = Set((provided?.tags ?? []).map { $0.lowercased() })
      let lacking = wanted.filter { !have.contains($0.lowercased()) }
      guard !lacking.isEmpty else { continue }
      let related: [Diagnostic.Related] = provided.map { [.init($0.range, "the module's languages")] } ?? []
      diagnostics.append(
        Diagnostic(
          .moduleLacksLanguage,
          "the module \(file.path) does not provide " + lacking.joined(separator: ", ")
            + ", which the instrument declares", at: use, related: related,
          help: "add the languages to the module's 'languages' line and translate its texts"))
    }
  }

  /// The tags of a file's first `languages` line and the line's range.
  static func languages(of tree: SyntaxTree) -> (tags: [String], range: TextRange)? {
    guard let line = tree.children(SyntaxTree.root).first(where: { tree.kind($0) == .languagesDecl }) else {
      return nil
    }
    let tags = tree.children(line).filter { tree.kind($0) == .languageTag }.map { tree.text($0) }
    return (tags, tree.range(line))
  }

  /// Numbers and parses a file, and finds its `use` lines.
  mutating func open(path: String, bytes: [UInt8]) -> Frame {
    let index = Int32(indexByPath.count)
    indexByPath[path] = index
    let parse = Parse(bytes: bytes, file: index)
    let uses = parse.tree.children(SyntaxTree.root).filter { parse.tree.kind($0) == .useDecl }
    return Frame(index: index, path: path, parse: parse, useNodes: uses)
  }

  /// A file loaded through `use` must be a module, and its name must be its own.
  mutating func checkIsModule(_ frame: Frame, at use: TextRange) {
    let tree = frame.parse.tree
    let header = tree.children(SyntaxTree.root).first {
      tree.kind($0) == .moduleDecl || tree.kind($0) == .surveyDecl
    }
    guard let header, tree.kind(header) == .moduleDecl else {
      let what = header == nil ? "has no 'module' header" : "is an instrument ('survey'), not a module"
      diagnostics.append(
        Diagnostic(
          .notAModule, "the file \(frame.path) \(what)", at: use,
          help: "start the file with 'module NAME' instead of 'survey NAME'"))
      return
    }
    guard let nameToken = tree.declaredName(header) else { return }
    let name = tree.tokenText(nameToken)
    let nameRange = tree.tokenRange(nameToken)
    if let other = moduleByName[name] {
      diagnostics.append(
        Diagnostic(
          .duplicateModule, "the module \(frame.path) is named '\(name)', like another module of this instrument",
          at: use, related: [.init(other, "the other module '\(name)'"), .init(nameRange, "declared here")],
          help: "give each module its own name"))
    } else {
      moduleByName[name] = nameRange
    }
  }

  mutating func finish(_ frame: Frame) {
    let tree = frame.parse.tree
    var moduleName: String?
    var moduleNameRange: TextRange?
    var isInstrument = false
    for n in tree.children(SyntaxTree.root) {
      if tree.kind(n) == .surveyDecl {
        isInstrument = true
        break
      }
      if tree.kind(n) == .moduleDecl {
        if let t = tree.declaredName(n) {
          moduleName = tree.tokenText(t)
          moduleNameRange = tree.tokenRange(t)
        }
        break
      }
    }
    if moduleName != nil { checkModuleDeclarations(tree) }
    files.append(
      SourceFile(
        index: frame.index, path: frame.path, parse: frame.parse, uses: frame.uses, moduleName: moduleName,
        moduleNameRange: moduleNameRange, isInstrument: isInstrument))
  }

  /// A module shares lists, sample variables and items; the title, version and paradata belong to the instrument
  /// (the instrument would silently lose them otherwise).
  mutating func checkModuleDeclarations(_ tree: SyntaxTree) {
    for n in tree.children(SyntaxTree.root) {
      let what: String
      switch tree.kind(n) {
      case .titleDecl: what = "a title"
      case .versionDecl: what = "a version"
      case .paradataDecl: what = "paradata"
      default: continue
      }
      let keyword = tree.firstSignificantToken(n).map { tree.tokenRange($0) } ?? tree.range(n)
      diagnostics.append(
        Diagnostic(
          .notInModule, "a module cannot declare \(what); the instrument that uses it does", at: keyword,
          help: "move the declaration into the instrument's header"))
    }
  }
}
