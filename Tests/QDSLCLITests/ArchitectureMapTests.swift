// The code map stays true: every target of Package.swift has a row in docs/architecture.md's target table whose
// "uses" column names exactly the target's dependencies, every test target is described, and no row names a
// target that does not exist.

import Foundation
import QDSLTestSupport
import Testing

@Suite struct ArchitectureMapTests {
  private let root = Fixtures.packageRoot()

  /// A target of Package.swift: its name, kind and the targets it depends on.
  struct Target {
    var name: String
    var kind: String
    var dependencies: Set<String>
  }

  /// The targets of Package.swift, read from its text (`.target(name: "X", dependencies: [...]`).
  static func targets(_ manifest: String) -> [Target] {
    let pattern =
      #/\.(target|executableTarget|testTarget)\(\s*name:\s*"([^"]+)"(?:\s*,\s*dependencies:\s*\[([^\]]*)\])?/#
    return manifest.matches(of: pattern).map { match in
      let names = (match.output.3.map(String.init) ?? "").matches(of: #/"([^"]+)"/#).map { String($0.output.1) }
      return Target(name: String(match.output.2), kind: String(match.output.1), dependencies: Set(names))
    }
  }

  /// The rows of the table whose header starts with `| target |`: the target named in the first column, and the
  /// targets named in backticks in the last column.
  static func tableRows(_ doc: String) -> [String: Set<String>] {
    var rows: [String: Set<String>] = [:]
    var inTable = false
    for line in doc.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("| target |") {
        inTable = true
        continue
      }
      guard inTable else { continue }
      guard line.hasPrefix("|") else {
        inTable = false
        continue
      }
      let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard cells.count >= 4, let name = cells[1].firstMatch(of: #/^`([A-Za-z-]+)`/#)?.output.1 else { continue }
      let uses = cells[cells.count - 2].matches(of: #/`([A-Za-z-]+)`/#).map { String($0.output.1) }
      rows[String(name)] = Set(uses)
    }
    return rows
  }

  @Test func testEveryTargetIsInTheMapWithWhatItUses() {
    let manifest = Fixtures.read(root.appendingPathComponent("Package.swift"))
    let doc = Fixtures.read(root.appendingPathComponent("docs/architecture.md"))
    let targets = Self.targets(manifest)
    #expect(targets.count > 10, "Package.swift's targets were not found")
    let rows = Self.tableRows(doc)
    for target in targets where target.kind != "testTarget" {
      guard let uses = rows[target.name] else {
        Issue.record("docs/architecture.md: the target table has no row for `\(target.name)`")
        continue
      }
      #expect(
        uses == target.dependencies,
        "docs/architecture.md: the row of `\(target.name)` must name exactly its dependencies in Package.swift")
    }
    let names = Set(targets.map(\.name))
    for name in rows.keys where !names.contains(name) {
      Issue.record("docs/architecture.md: the target table names `\(name)`, which Package.swift does not have")
    }
    for target in targets where target.kind == "testTarget" {
      #expect(doc.contains("`Tests/\(target.name)`"), "docs/architecture.md: describe `Tests/\(target.name)`")
    }
  }

  @Test func testTheTableReaderSeesARowAndItsUses() {
    let doc = """
      | target | holds | uses |
      |---|---|---|
      | `A` | things | `B`, `C`, Foundation |
      | `B` | more | nothing |

      | other | table |
      | `Z` | x | `Y` |
      """
    #expect(Self.tableRows(doc) == ["A": ["B", "C"], "B": []])
    let targets = Self.targets(#".target(name: "A", dependencies: ["B", "C"]), .testTarget(name: "T")"#)
    #expect(targets.map(\.name) == ["A", "T"])
    #expect(targets.first?.dependencies == ["B", "C"])
  }
}
