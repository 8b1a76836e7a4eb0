// The driver of `validate-data` on the simulated data of every example (household services with its four repeats
// too): the clean data give no error, and each fault a seeded script injects (a malformed cell, a code not in the
// list, a calculate changed, a required answer cleared, an answer where the routing skipped the question, an
// unknown and a missing column, a repeat row removed, duplicated or without its record) is found with its rule on
// its variable. The checks read only the form JSON, as the command does.

import Foundation
import QDSLDataValidation
import QDSLFormRuntime
import QDSLTestSupport
import QDSLText
import Testing

@Suite struct DataValidationFaultTests {
  let root = Fixtures.packageRoot()
  let today = FormDate(days: 19889)  // 2024-06-15

  func form(_ example: String) throws -> FormModel {
    try FormModel.decode(
      Data(contentsOf: root.appendingPathComponent("Tests/QDSLOutputsTests/Golden/\(example).form.json"))
    ).get()
  }

  /// A level's file as rows of cells (the header first); the simulated cells hold no commas or line breaks
  /// except in text answers, which are left alone.
  typealias Table = [[String]]

  static func table(_ text: String) -> Table {
    var reader = DataFileReader(file: "t.csv", bytes: Array(text.utf8))
    var rows: Table = []
    while let r = try? reader.next() { rows.append(r.cells) }
    return rows
  }

  static func text(_ table: Table) -> String { table.map(FormDataLayout.csvLine).joined() }

  func findings(_ form: FormModel, _ tables: [Table]) throws -> [DataFinding] {
    let layout = FormDataLayout(form: form)
    let inputs = tables.enumerated().map { i, t in
      DataFileInput(path: layout.levels[i].fileName(stem: "data"), bytes: Array(Self.text(t).utf8))
    }
    var out: [DataFinding] = []
    try DataValidation(form: form, today: today).run(inputs) { out += $0.findings }
    return out
  }

  @Test func testSimulatedDataOfEveryExampleIsCleanAndEveryInjectedFaultIsFound() throws {
    var injected = 0
    var random = SplitMix64(seed: 21)
    for example in Fixtures.exampleNames() {
      let form = try self.form(example)
      let layout = FormDataLayout(form: form)
      let clean = try SimulatedData(form: form).files(respondents: 60, seed: 9, today: today).get().map(Self.table)
      let errors = try findings(form, clean).filter { $0.severity == .error }
      #expect(errors.isEmpty, "\(example): \(errors.prefix(3))")
      let evaluator = FormEvaluator(form: form)
      // Faults: (level, change, rule, variable).
      var faults: [(Int, (inout [Table]) -> Void, String, String)] = []
      for (l, level) in layout.levels.enumerated() {
        let rows = clean[l]
        guard rows.count > 2 else { continue }
        func pick<T>(_ items: [T]) -> T? { items.isEmpty ? nil : items[Int(random.next() % UInt64(items.count))] }
        let header = rows[0]
        for (c, column) in level.columns.enumerated() where column.role == .value {
          guard let variable = evaluator.variables[column.variable], let i = header.firstIndex(of: column.name) else {
            continue
          }
          let filled = (1..<rows.count).filter { !rows[$0][i].isEmpty }
          switch variable.kind {
          case .question(let type):
            switch type {
            case .integer, .decimal, .one:
              if let r = pick(filled), c % 3 == 0 {
                faults.append((l, { $0[l][r][i] = "x?" }, "QD6003", column.name))
              }
              if case .one = type, let r = pick(filled), c % 3 == 1 {
                faults.append((l, { $0[l][r][i] = "9999" }, "QD6004", column.name))
              }
            default: break
            }
            if variable.isRequired, let r = pick(filled), c % 4 == 2 {
              faults.append((l, { $0[l][r][i] = "" }, "QD6006", column.name))
            }
          case .calculate(let type):
            // Another value of its type disagrees; a value of another type is malformed.
            let other: ((String) -> String)? =
              type == .boolean
              ? { $0 == "1" ? "0" : "1" } : type == .integer || type == .decimal ? { _ in "987654" } : nil
            if let r = pick(filled), c % 2 == 0, let other, rows[r][i] != other(rows[r][i]) {
              faults.append((l, { $0[l][r][i] = other(rows[r][i]) }, "QD6009", column.name))
            }
            if let r = pick(filled), c % 2 == 1, type != .text {
              faults.append((l, { $0[l][r][i] = "x?" }, "QD6003", column.name))
            }
          default: break
          }
        }
        // An answer where the routing skipped the question: a value given in another record, in an empty cell of
        // a required question (clean data leave one empty only where it was not asked).
        for (i, name) in header.enumerated() where random.next() % 3 == 0 {
          guard let column = level.columns.first(where: { $0.name == name && $0.role == .value }),
            let variable = evaluator.variables[column.variable], case .question = variable.kind, variable.isRequired,
            let given = (1..<rows.count).first(where: { !rows[$0][i].isEmpty }),
            let empty = (1..<rows.count).first(where: { rows[$0][i].isEmpty })
          else { continue }
          faults.append((l, { $0[l][empty][i] = rows[given][i] }, "QD6005", name))
          break
        }
        faults.append(
          (l, { t in for r in t[l].indices { t[l][r].append(r == 0 ? "extra_column" : "") } }, "QD6001", "extra_column")
        )
        if let i = (1..<header.count).last {
          let name = header[i]
          faults.append((l, { t in for r in t[l].indices { t[l][r].remove(at: i) } }, "QD6002", name))
        }
        if l > 0 {
          let last = header[level.chain.count]
          faults.append((l, { $0[l].remove(at: 1) }, "QD6012", ""))
          faults.append((l, { $0[l].insert($0[l][1], at: 2) }, "QD6010", last))
          faults.append(
            (
              l,
              { t in
                var row = t[l][1]; row[0] = "999999"; t[l].append(row)
              }, "QD6011", "record_id"
            ))
        } else {
          faults.append((l, { $0[l].append($0[l][1]) }, "QD6010", "record_id"))
        }
      }
      for (l, change, rule, variable) in faults {
        var tables = clean
        change(&tables)
        if tables == clean { continue }
        injected += 1
        let found = try findings(form, tables)
        #expect(
          found.contains { $0.rule == rule && (variable.isEmpty || $0.variable == variable) && $0.severity == .error },
          "\(example) level \(l): \(rule) on \(variable) not found in \(found.prefix(6).map { "\($0.rule) \($0.variable)" })"
        )
      }
    }
    #expect(injected >= 60, "\(injected) faults")
  }

  /// A `for each` repeat's row for an option that was not chosen is one QD6012 on the `many of` question, with the
  /// number of rows as its value; the iteration numbers not 1…n are one too.
  @Test func testForEachRowsForOptionsNotChosenAndIterationsNotOneToNAreFound() throws {
    let form = try self.form("household-services")
    let layout = FormDataLayout(form: form)
    let clean = try SimulatedData(form: form).files(respondents: 20, seed: 9, today: today).get().map(Self.table)
    let l = try #require(layout.levels.firstIndex { $0.repeatID == "service" })
    let header = clean[l][0]
    let option = try #require(header.firstIndex(of: "service"))
    let index = try #require(header.firstIndex(of: "service_index"))
    var wrongOption = clean
    wrongOption[l][1][option] = "99"
    let found = try findings(form, wrongOption)
    #expect(found.map(\.rule) == ["QD6012"], "\(found)")
    #expect(found.first?.variable == "services_used" && found.first?.recordID == clean[l][1][0])
    var renumbered = clean
    renumbered[l][1][index] = "7"
    let found2 = try findings(form, renumbered)
    #expect(found2.contains { $0.rule == "QD6012" && $0.variable == "services_used" }, "\(found2)")
  }
}
