// Locating fixture files through #filePath, reading them, and blessing golden files into the source tree.

import Foundation

/// Fixture and golden-file helpers shared by the test targets.
public enum Fixtures {
  /// Set `QDSL_BLESS=1` to (re)write golden files instead of comparing with them.
  public static var blessing: Bool { ProcessInfo.processInfo.environment["QDSL_BLESS"] == "1" }

  /// The package root, found from a test file's `#filePath` (…/Tests/<Target>/<File>.swift).
  public static func packageRoot(_ filePath: String = #filePath) -> URL {
    var url = URL(fileURLWithPath: filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  }

  /// Files with an extension in a directory, sorted by name.
  public static func files(in directory: URL, withExtension ext: String) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix("." + ext) }.sorted().map { directory.appendingPathComponent($0) }
  }

  /// The names of the example questionnaires (`Examples/*.qdsl` without the extension), sorted. Tests that go
  /// through every example take them from here, so a new example is tested without editing a list.
  public static func exampleNames(_ root: URL = packageRoot()) -> [String] {
    files(in: root.appendingPathComponent("Examples"), withExtension: "qdsl").map {
      $0.deletingPathExtension().lastPathComponent
    }
  }

  public static func read(_ url: URL) -> String {
    (try? String(contentsOf: url, encoding: .utf8)) ?? ""
  }

  /// Compares `actual` with the golden file; with `QDSL_BLESS=1` writes it instead. A missing golden file is a
  /// failure outside blessing, so a test can never pass by creating the file it compares with.
  /// Returns a readable difference or problem, or nil when equal (or written).
  public static func compareGolden(_ actual: String, _ golden: URL, blessing: Bool = Fixtures.blessing) -> String? {
    if blessing {
      do {
        try actual.write(to: golden, atomically: true, encoding: .utf8)
        return nil
      } catch {
        return "\(golden.path): cannot write the golden file: \(error)"
      }
    }
    guard FileManager.default.fileExists(atPath: golden.path) else {
      return "\(golden.path): the golden file is missing (run with QDSL_BLESS=1 to create it, and commit it)"
    }
    let expected = read(golden)
    if expected == actual { return nil }
    return "\(golden.lastPathComponent) differs (run with QDSL_BLESS=1 to update):\n" + lineDiff(expected, actual)
  }

  /// The files in `directory` (recursively, relative paths, sorted) that no test produces or reads: every name
  /// not in `expected`. A golden file left behind after its input was renamed or removed is reported here.
  public static func unexpectedFiles(in directory: URL, expected: Set<String>) -> [String] {
    let base = directory.standardizedFileURL.path + "/"
    guard let walker = FileManager.default.enumerator(atPath: directory.path) else { return [directory.path] }
    var out: [String] = []
    while let name = walker.nextObject() as? String {
      var isDirectory: ObjCBool = false
      let path = base + name
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
        continue
      }
      if !expected.contains(name) { out.append(name) }
    }
    return out.sorted()
  }

  /// A unified-style line diff of two texts (`-` expected, `+` actual), from CollectionDifference.
  public static func lineDiff(_ expected: String, _ actual: String) -> String {
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let diff = a.difference(from: e)
    var removed: [Int: String] = [:]
    var inserted: [Int: String] = [:]
    for change in diff {
      switch change {
      case .remove(let offset, let element, _): removed[offset] = element
      case .insert(let offset, let element, _): inserted[offset] = element
      }
    }
    var out: [String] = []
    var i = 0
    var j = 0
    while i < e.count || j < a.count {
      if i < e.count, let r = removed[i] {
        out.append("- " + r)
        i += 1
      } else if j < a.count, let ins = inserted[j] {
        out.append("+ " + ins)
        j += 1
      } else {
        if i < e.count { out.append("  " + e[i]) }
        i += 1
        j += 1
      }
    }
    return out.joined(separator: "\n")
  }
}
