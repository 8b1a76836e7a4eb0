// Instruments on disk in tests: an entry file and the modules it reaches through `use`, read from disk as `qdsl`
// reads them, so that a test of an example sees the instrument every command sees, whether it is one file or several.

import Foundation
import QDSLSemantics
import QDSLSyntax

extension Fixtures {
  /// The instrument whose entry file is `url`: its modules are read from disk, their paths relative to the file
  /// that uses them.
  public static func sources(_ url: URL) -> SourceSet {
    let bytes = (try? Array(Data(contentsOf: url))) ?? []
    return SourceSet(entry: url.path, bytes: bytes, read: readModule)
  }

  /// The instrument whose entry file is `url`, checked with its modules as `qdsl check` and `compile` check it.
  public static func checkInstrument(_ url: URL) -> CheckedInstrument {
    Checker.check(sources(url))
  }

  /// The example `Examples/NAME.qdsl`, checked with its modules.
  public static func checkExample(_ name: String, _ root: URL = packageRoot()) -> CheckedInstrument {
    checkInstrument(root.appendingPathComponent("Examples/\(name).qdsl"))
  }

  /// A module's bytes for `SourceSet`, as the command line reads them.
  static func readModule(_ path: String) -> SourceRead {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .missing }
    if isDirectory.boolValue { return .unreadable("it is a directory") }
    guard let data = FileManager.default.contents(atPath: path) else { return .unreadable("permission denied") }
    return .bytes(Array(data))
  }
}
