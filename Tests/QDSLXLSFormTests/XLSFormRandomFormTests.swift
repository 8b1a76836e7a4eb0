// Seeded random forms (odd names, texts with quotes, braces and pipes, nested groups and repeats, valid and broken
// expressions): the import is a located error or qdsl source that parses without a syntax error, in fmt's layout.

import QDSLFormat
import QDSLSemantics
import QDSLSyntax
import QDSLTestSupport
import QDSLWorkbook
import QDSLXLSForm
import Testing

@Suite struct XLSFormRandomFormTests {
  /// A small seeded generator (64-bit LCG, high bits), so that a failing seed can be replayed.
  struct Random {
    var state: UInt64
    mutating func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    mutating func pick<T>(_ a: [T]) -> T { a[next(a.count)] }
  }

  static let names = [
    "a", "b2", "note", "end", "if", "Ä-ö", "x.y", "q-1", "1st", "text", "_z", "and", "name", "long_name",
  ]
  static let texts = [
    "Plain?", "With \"quotes\" and \\ backslash", "Braces {x} and }{", "Pipe ${a} and ${missing}", "Line\nbreak",
    "Tab\there", "", "«Ä & Ö»", "%(label)s", "${b2}",
  ]
  static let expressions = [
    "${a} > 1", ". >= 0", "selected(${b2}, 'yes')", "${a} = ''", "not(${a} = 2) and ${b2} != 'no'",
    "count-selected(${b2}) > 1", "pulldata('x', 'y')", "regex(., '^[a-z]+$')", "regex(., '(?=x)')", "${missing} = 1",
    "concat(${a}, 'x')", "if(${a} > 3, 3, ${a})", "today() > ${a}", "/data/a", "position(..) > 1", "${a} mod 2",
    "(${a} + 1) * 2 div 3 - -1", "1.5", "true()", "'text'", "${a}[b > 1]", "count(${r})",
  ]
  static let types = [
    "integer", "decimal", "text", "date", "time", "dateTime", "select_one yn", "select_multiple yn",
    "select_one yn or_other", "rank yn", "note", "calculate", "range", "geopoint", "start", "end", "today",
    "deviceid", "username", "hidden", "begin group", "end group", "begin repeat", "end repeat", "acknowledge",
  ]

  static func form(seed: UInt64) -> String {
    var r = Random(state: seed)
    var md =
      "| survey |\n| | type | name | label::English (en) | label::Français | hint | relevant | constraint | "
      + "calculation | default | choice_filter | repeat_count | parameters | appearance | required |\n"
    var open: [String] = []
    for _ in 0..<(5 + r.next(30)) {
      var type = r.pick(types)
      if type.hasPrefix("end ") {
        guard let last = open.popLast() else { continue }
        type = "end " + last
      } else if type.hasPrefix("begin ") {
        guard open.count < 4 else { continue }
        open.append(String(type.dropFirst(6)))
      }
      let cells = [
        type, r.pick(names), r.pick(texts), r.pick(texts), r.next(3) == 0 ? r.pick(texts) : "",
        r.next(3) == 0 ? r.pick(expressions) : "", r.next(4) == 0 ? r.pick(expressions) : "",
        type == "calculate" ? r.pick(expressions) : "",
        r.next(5) == 0 ? r.pick(["3", "yes", "2024-01-31", "x y"]) : "",
        r.next(5) == 0 ? r.pick(["kind=${b2}", "kind = 1", "name = 'x'"]) : "",
        type == "begin repeat" && r.next(2) == 0 ? r.pick(expressions) : "",
        r.next(4) == 0 ? r.pick(["start=10 end=1 step=3", "randomize=true", "start=0.5"]) : "",
        r.next(4) == 0 ? r.pick(["field-list", "table-list", "minimal"]) : "", r.pick(["", "yes", "${a} > 1"]),
      ]
      md +=
        "| | " + cells.map { $0.replacing("|", with: "\\|").replacing("\n", with: " ") }.joined(separator: " | ")
        + " |\n"
    }
    while let last = open.popLast() { md += "| | end \(last) |\n" }
    md += "| choices |\n| | list_name | name | label::English (en) | label::Français | kind |\n"
    for name in ["yes", "no", "1", "-9", "yes", "1a", "other", "Ä"] where r.next(4) != 0 {
      md +=
        "| | yn | \(name) | \(r.pick(texts).replacing("\n", with: " ")) | \(r.pick(texts).replacing("\n", with: " ")) | \(r.pick(["yes", "1", ""])) |\n"
    }
    return md
  }

  @Test(arguments: Array(0..<150) + [963, 1419, 1480, 1731]) func testRandomFormImportsToSourceThatParses(_ seed: Int)
    throws
  {
    let md = Self.form(seed: UInt64(seed) &* 7919 &+ 17)
    guard let workbook = try? Workbook(markdown: md) else { return }
    switch XLSFormImport.run(workbook) {
    case .failure(let e):
      #expect(e.location != nil || e.message.contains("survey"), "seed \(seed): an error without a place: \(e)")
    case .success(let result):
      let parse = Parse(source: result.source)
      #expect(parse.diagnostics.isEmpty, "seed \(seed): \(parse.diagnostics.map(\.message))\n\(md)\n\(result.source)")
      _ = Checker.check(parse)
      if case .formatted(let again) = Formatter.format(source: result.source) {
        #expect(again == result.source, "seed \(seed): not in fmt's layout")
      }
    }
  }
}
