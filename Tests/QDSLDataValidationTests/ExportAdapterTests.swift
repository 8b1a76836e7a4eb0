// ODK Central's and KoboToolbox's exports read as qdsl's layout: the fixtures (Fixtures/exports, written by
// make_exports.py from simulated respondents entered into JavaRosa) translate to exactly the files
// `qdsl simulate --data` wrote for the same respondents; keys, values and headers that do not fit are findings.

import Foundation
import QDSLDataValidation
import QDSLFormRuntime
import QDSLTestSupport
import Testing

@Suite struct ExportAdapterTests {
  let root = Fixtures.packageRoot()
  let today = FormDate(days: 19889)  // 2024-06-15

  func form(_ example: String) throws -> FormModel {
    try FormModel.decode(
      Data(contentsOf: root.appendingPathComponent("Tests/QDSLOutputsTests/Golden/\(example).form.json"))
    ).get()
  }

  var fixtures: URL { root.appendingPathComponent("Tests/QDSLDataValidationTests/Fixtures/exports") }

  /// The records of a CSV text (header first).
  func records(_ text: String, file: String = "f.csv") throws -> [DataFileRecord] {
    var reader = DataFileReader(file: file, bytes: Array(text.utf8))
    var out: [DataFileRecord] = []
    while let r = try reader.next() { out.append(r) }
    return out
  }

  /// Translates the files of one export (given in any order; read parents first) with one session: each
  /// translated file as CSV text by level, and every finding.
  func translate(_ files: [URL], form: FormModel, layout: FormDataLayout) throws
    -> (texts: [Int: String], tools: Set<String>, findings: [DataFinding])
  {
    let session = ExportSession(form: form, layout: layout)
    var opened: [(any ExportAdapter, [DataFileRecord])] = []
    for file in files {
      // KoboToolbox's CSV download (`;`, CRLF) goes through the filter, as the driver gives every file.
      var filter = KoboCSVFilter()
      let bytes = filter.pass([UInt8](try Data(contentsOf: file)), atEnd: true)
      let rows = try records(String(decoding: bytes, as: UTF8.self), file: file.lastPathComponent)
      let adapter = try #require(session.adapter(header: rows[0]), "\(file.lastPathComponent): not recognised")
      #expect(adapter.refusal == nil)
      opened.append((adapter, Array(rows.dropFirst())))
    }
    var texts: [Int: String] = [:]
    var tools: Set<String> = []
    var findings: [DataFinding] = []
    for (adapter, rows) in opened.sorted(by: { $0.0.level < $1.0.level }) {
      var adapter = adapter
      tools.insert(adapter.tool)
      var text = FormDataLayout.csvLine(adapter.header.cells)
      for r in rows {
        let t = adapter.translate(r)
        #expect(t.line == r.line)
        text += FormDataLayout.csvLine(t.cells)
        findings += adapter.findings
      }
      #expect(texts[adapter.level] == nil, "two files of level \(adapter.level)")
      texts[adapter.level] = text
    }
    return (texts, tools, findings)
  }

  func expected(_ example: String, _ level: FormDataLevel, kobo: Bool) throws -> String {
    let name = level.repeatID.map { "expected.\($0).csv" } ?? "expected.csv"
    let text = try String(contentsOf: fixtures.appendingPathComponent("\(example)/\(name)"), encoding: .utf8)
    // Kobo's `_uuid` is the instance id without its `uuid:` prefix.
    return kobo ? text.replacingOccurrences(of: "\nuuid:", with: "\n") : text
  }

  @Test(arguments: ["household-services", "innovation-barometer"])
  func testRealExportsTranslateToTheSimulatedFiles(example: String) throws {
    let form = try self.form(example)
    let layout = FormDataLayout(form: form)
    let all = try FileManager.default.contentsOfDirectory(
      at: fixtures.appendingPathComponent(example), includingPropertiesForKeys: nil
    ).filter { $0.pathExtension == "csv" && !$0.lastPathComponent.hasPrefix("expected") }
    for kobo in [false, true] {
      // Given in reverse order: the adapters are made from the headers first, then the files are read by level,
      // parents first, as the driver does.
      let files = all.filter { $0.lastPathComponent.contains("-kobo") == kobo }.sorted { $0.path > $1.path }
      #expect(files.count == layout.levels.count, "\(example): \(files.map(\.lastPathComponent))")
      let (texts, tools, findings) = try translate(files, form: form, layout: layout)
      #expect(tools == [kobo ? "KoboToolbox" : "ODK Central"])
      #expect(findings == [], "\(example): \(findings.prefix(3))")
      for (i, level) in layout.levels.enumerated() {
        let want = try expected(example, level, kobo: kobo)
        #expect(texts[i] == want, "\(example) \(kobo ? "Kobo" : "Central") level \(level.repeatID ?? "instrument")")
      }
      // The barometer has no repeats: its translated records pass the validator's every rule.
      if layout.levels.count == 1, let text = texts[0] {
        var errors: [DataFinding] = []
        try DataValidation(form: form, today: today).run(
          [DataFileInput(path: "\(example).csv", bytes: Array(text.utf8))]
        ) { errors += $0.findings.filter { $0.severity == .error } }
        #expect(errors == [])
      }
    }
  }

  // MARK: single files

  let household = "household-services"

  func adapter(_ example: String, _ text: String, session: ExportSession? = nil) throws -> (any ExportAdapter)? {
    let form = try self.form(example)
    let rows = try records(text)
    return (session ?? ExportSession(form: form, layout: FormDataLayout(form: form))).adapter(header: rows[0])
  }

  func translated(_ adapter: any ExportAdapter, _ text: String) throws -> (rows: [[String]], findings: [DataFinding]) {
    var adapter = adapter
    var rows: [[String]] = [adapter.header.cells]
    var findings: [DataFinding] = []
    for r in try records(text).dropFirst() {
      rows.append(adapter.translate(r).cells)
      findings += adapter.findings
    }
    return (rows, findings)
  }

  @Test func testCentralRepeatKeysGiveRecordAndIterationsAndMalformedKeysAreFindings() throws {
    let text = """
      relation,PARENT_KEY,KEY
      3,uuid:a/household/person[2],uuid:a/household/person[2]/other[4]
      1,uuid:a/household/person[1],uuid:a/household/person[2]/other[1]
      2,uuid:a,uuid:a/household/person[x]/other[1]
      2,uuid:a/household/person[1],uuid:a/household/other[1]/person[1]

      """
    let a = try #require(try adapter(household, text))
    #expect(a.tool == "ODK Central")
    #expect(FormDataLayout(form: try form(household)).levels[a.level].repeatID == "other")
    let (rows, findings) = try translated(a, text)
    #expect(rows[0] == ["record_id", "person_index", "other_index", "relation"])
    #expect(rows[1] == ["uuid:a", "2", "4", "3"])
    #expect(rows[2] == ["uuid:a", "2", "1", "1"])
    #expect(rows[3] == ["uuid:a", "", "", "2"])
    #expect(findings.map(\.rule) == ["QD6003", "QD6003", "QD6003"])
    #expect(findings.map(\.variable) == ["PARENT_KEY", "KEY", "KEY"])
    #expect(findings.map(\.line) == [3, 4, 5])
    #expect(findings[0].iteration == "2.1" && findings[0].level == "other" && findings[0].recordID == "uuid:a")
    #expect(findings[1].message.contains("person[n]/other[n]"))
  }

  /// A repeat row whose keys cannot be read is one finding, on the export's key column: not also one on each
  /// iteration column its keys would have filled.
  @Test(arguments: [false, true])
  func testARowWithUnreadableKeysIsOneFindingOnItsKey(kobo: Bool) throws {
    // KoboToolbox: a row of a repeat inside a repeat (a person's row reaches its household by `_submission__uuid`).
    let person = kobo ? "household_services-kobo-other.csv" : "household_services-person.csv"
    let findings = try householdExportFindings(kobo: kobo) { name, text in
      guard name == person else { return text }
      var lines = text.components(separatedBy: "\n")
      if kobo {
        // The second row's parent (`_parent_index`) is no row of the person sheet.
        let column = try #require(lines[0].components(separatedBy: ",").firstIndex(of: "\"_parent_index\""))
        var cells = lines[2].components(separatedBy: "\",\"")
        cells[column] = "999999"
        lines[2] = cells.joined(separator: "\",\"")
      } else {
        lines[2] = lines[2].replacingOccurrences(of: "/household/person[1]", with: "/household/persons[1]")
      }
      return lines.joined(separator: "\n")
    }
    let onTheRow = findings.filter { $0.file == person && $0.line == 3 }
    #expect(onTheRow.map(\.variable) == [kobo ? "_parent_index" : "KEY"], "\(onTheRow)")
    #expect(onTheRow.map(\.rule) == [kobo ? "QD6011" : "QD6003"])
    #expect(
      !findings.contains { $0.variable == "person_index" || $0.variable == "other_index" },
      "no finding on the iteration columns")
  }

  /// The same for a row read after every record: a main file read once (a pipe) gives no list of its record ids,
  /// so a last row of a record the main file lacks waits for the end.
  @Test func testARowWithUnreadableKeysLeftToTheEndIsOneFindingOnItsKey() throws {
    let findings = try householdExportFindings(kobo: false, mainReadOnce: true) { name, text in
      name == "household_services-person.csv" ? text + "x,,,,,,,,,1,uuid:zzz,uuid:zzz/household/persons[1]\n" : text
    }
    let last = findings.filter { $0.recordID == "uuid:zzz" }
    #expect(last.map(\.variable) == ["KEY", "record_id"], "\(last)")
    #expect(last.map(\.rule) == ["QD6003", "QD6011"])
  }

  /// A column given twice in an export is reported (QD6001, as in qdsl's layout), not read from whichever cell
  /// comes last.
  @Test func testAColumnGivenTwiceInAnExportIsReported() throws {
    let findings = try householdExportFindings(kobo: false) { name, text in
      guard name == "household_services.csv" else { return text }
      // The household size again at the end of every line, with another value.
      var lines = text.components(separatedBy: "\n")
      let column = try #require(lines[0].components(separatedBy: ",").firstIndex(of: "household_size"))
      for i in lines.indices where !lines[i].isEmpty {
        lines[i] += i == 0 ? ",household_size" : ",\(lines[i].components(separatedBy: ",")[column])9"
      }
      return lines.joined(separator: "\n")
    }
    let header = findings.filter { $0.file == "household_services.csv" && $0.line == 1 }
    #expect(header.map(\.rule) == ["QD6001"] && header.map(\.variable) == ["household_size"], "\(header)")
    #expect(header.first?.message.contains("given twice") == true)
    #expect(findings.filter { $0.severity == .error }.count == 1, "the first column is read: \(findings.prefix(3))")
  }

  /// The findings of household-services' Central (or KoboToolbox) export fixtures, each file's text passed through
  /// `edit` (its name, its text) first; with `mainReadOnce`, the main file can be read once only, as a pipe.
  func householdExportFindings(
    kobo: Bool, mainReadOnce: Bool = false, edit: (String, String) throws -> String
  ) throws -> [DataFinding] {
    let form = try self.form(household)
    let folder = fixtures.appendingPathComponent(household)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".csv") && !$0.hasPrefix("expected") && $0.contains("-kobo") == kobo
    }.sorted()
    var inputs: [DataFileInput] = []
    for name in names {
      let text = try edit(name, try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
      let input = DataFileInput(path: name, bytes: Array(text.utf8))
      let isMain = name == (kobo ? "household_services-kobo.csv" : "household_services.csv")
      inputs.append(mainReadOnce && isMain ? DataFileInput(path: name, read: input.read) : input)
    }
    var findings: [DataFinding] = []
    _ = try DataValidation(form: form, today: today).run(inputs) { findings += $0.findings }
    return findings
  }

  @Test func testCentralMainFileDropsMetadataAndHelpersKeepsUnknownColumnsAndConvertsTimes() throws {
    let text = """
      SubmissionDate,interview_start,interview_end,interview_date,welcome,household-household_size,household-person-count,household-shoe_size,shoe-size,services-services_used,services-services_used/2,meta-instanceID,KEY,SubmitterID,Status
      2024-06-15T12:00:00.000Z,2024-06-15T14:21:59.999+03:00,2024-06-15T14:30:00Z,2024-06-15,,2,2,44,45,2 97 x,1,uuid:r1,uuid:r1,5,
      2024-06-15T12:00:00.000Z,yesterday,,2024-06-15,,,,,,,0,uuid:r2,uuid:r2,5,

      """
    let a = try #require(try adapter(household, text))
    #expect(a.level == 0)
    let (rows, findings) = try translated(a, text)
    let flags = (1...9).map { "services_used_\($0)" }
    #expect(
      rows[0] == ["record_id", "interview_start", "interview_end", "interview_date", "household_size"] + flags
        + ["household-shoe_size", "shoe-size"])
    #expect(
      rows[1] == ["uuid:r1", "2024-06-15T14:21", "2024-06-15T14:30", "2024-06-15", "2"]
        + ["0", "1", "0", "0", "0", "0", "0", "0", "0", "44", "45"])
    // A value not in the exporter's shape is kept, so the validator reports it; an empty answer stays empty.
    #expect(rows[2] == ["uuid:r2", "yesterday", "", "2024-06-15", ""] + Array(repeating: "", count: 9) + ["", ""])
    #expect(findings.map(\.rule) == ["QD6004", "QD6003"])
    #expect(findings.allSatisfy { $0.variable == "services_used" && $0.value == "2 97 x" && $0.line == 2 })
  }

  @Test func testKoboNestedRepeatNeedsItsParentSheetFirst() throws {
    let form = try self.form(household)
    let session = ExportSession(form: form, layout: FormDataLayout(form: form))
    let other = """
      "household/person/other/relation","_parent_table_name","_parent_index","_submission__uuid"
      "1","person","7","r1"

      """
    let orphan = try translated(try #require(try adapter(household, other, session: session)), other)
    #expect(orphan.findings.map(\.rule) == ["QD6011"])
    #expect(orphan.findings[0].message.contains("_index 7 of 'person'"))
    let person = """
      "household/person/name","_index","_parent_table_name","_parent_index","_submission__uuid"
      "ann","6","household_services","1","r1"
      "bob","7","household_services","1","r1"

      """
    let people = try translated(try #require(try adapter(household, person, session: session)), person)
    #expect(people.rows.dropFirst().map { Array($0.prefix(2)) } == [["r1", "1"], ["r1", "2"]])
    let found = try translated(try #require(try adapter(household, other, session: session)), other)
    #expect(found.findings == [])
    #expect(found.rows == [["record_id", "person_index", "other_index", "relation"], ["r1", "2", "1", "1"]])
  }

  @Test func testKoboLabelsExportIsRefusedAndForeignFilesAreNotRecognised() throws {
    let form = try self.form("innovation-barometer")
    let label = try #require(form.samples.first?.text?.translations["en"])
    let text = "\"\(label)\",\"_id\",\"_uuid\"\n\"x\",\"1\",\"u\"\n"
    let a = try #require(try adapter("innovation-barometer", text))
    #expect(a.tool == "KoboToolbox")
    #expect(a.refusal?.contains("XML values and headers") == true)
    #expect(try adapter("innovation-barometer", "a,b\n1,2\n") == nil)
    // A question without a label in the export's language keeps its XML name; a repeat sheet is refused too.
    let mixed = "\"\(label)\",\"org_type\",\"staff\",\"_uuid\"\n"
    #expect(try adapter("innovation-barometer", mixed)?.refusal == nil)
    let hsForm = try self.form(household)
    let name = try #require(
      hsForm.items.lazy.compactMap { item -> String? in
        guard case .section(let s) = item else { return nil }
        for inner in s.items { if case .question(let q) = inner { return q.text.translations["en"] } }
        return nil
      }.first)
    let sheet = "\"\(name)\",\"_index\",\"_parent_table_name\",\"_parent_index\"\n"
    #expect(try adapter(household, sheet)?.refusal?.contains("labels as headers") == true)
    // Kobo's headers without group names are read as well.
    let bare = "\"org_name\",\"staff\",\"_uuid\"\n\"Acme\",\"12\",\"u1\"\n"
    let rows = try translated(try #require(try adapter("innovation-barometer", bare)), bare).rows
    #expect(rows == [["record_id", "org_name", "staff"], ["u1", "Acme", "12"]])
  }

  @Test func testRankAnswerBecomesItsRankColumnsAndShuffleOrderIsKept() throws {
    let form = try self.form("staff-wellbeing-pulse")
    let level = FormDataLayout(form: form).levels[0]
    let rankColumns = level.columns.filter { $0.variable == "improvements" }
    let codes = rankColumns.compactMap { if case .rank(let code) = $0.role { code } else { nil } }
    #expect(codes.count == 5)
    let answer = [codes[2], codes[0], codes[4], codes[1], codes[3]].map(String.init).joined(separator: " ")
    let derived = rankColumns.map(\.name).joined(separator: ",")
    let text = """
      SubmissionDate,improvements,improvements_order,\(derived),qdsl-shuffle-seed,meta-instanceID,KEY
      2024-06-15T12:00:00.000Z,\(answer),\(answer),1,2,3,4,5,0.25,uuid:s,uuid:s

      """
    let a = try #require(try adapter("staff-wellbeing-pulse", text))
    let (rows, findings) = try translated(a, text)
    #expect(findings == [])
    #expect(rows[0] == ["record_id"] + rankColumns.map(\.name) + ["improvements_order"])
    #expect(rows[1] == ["uuid:s", "2", "4", "1", "5", "3", answer])
  }

  /// The filter over chunks of `size` bytes.
  func filtered(_ text: String, size: Int) -> (String, Bool?) {
    var filter = KoboCSVFilter()
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    var i = 0
    while i < bytes.count {
      out += filter.pass(Array(bytes[i..<min(i + size, bytes.count)]))
      i += size
    }
    out += filter.pass([], atEnd: true)
    return (String(decoding: out, as: UTF8.self), filter.isKoboCSV)
  }

  @Test func testKoboCSVDownloadIsRewrittenAsCommasAndLFsWhateverTheChunks() {
    let kobo = "\"a;b\";\"say \"\"hi\"\", then\";\"_uuid\"\r\n\"1\";\"line\r\nbreak\";\"\"\r\n"
    let want = "\"a;b\",\"say \"\"hi\"\", then\",\"_uuid\"\n\"1\",\"line\r\nbreak\",\"\"\n"
    for size in [1, 2, 3, 7, 1000] {
      let (text, isKobo) = filtered(kobo, size: size)
      #expect(text == want && isKobo == true, "chunks of \(size)")
    }
    // Anything else passes unchanged, for the reader to judge (CRLF, `;` after an unquoted cell, a BOM).
    for other in ["a;b\r\n1;2\r\n", "\"a\",\"b\"\r\n", "\u{FEFF}\"a\";\"b\"\n", "", "\"unclosed"] {
      for size in [1, 4, 1000] {
        let (text, isKobo) = filtered(other, size: size)
        #expect(text == other && isKobo != true, "\(other.debugDescription) in chunks of \(size)")
      }
    }
  }

  /// The wiring the driver uses: the filter inside the reader's chunked read, the final call flushing what it held.
  @Test func testFilterInsideTheReadersChunkedRead() throws {
    let file = fixtures.appendingPathComponent("innovation-barometer/innovation_barometer-kobo.csv")
    let bytes = [UInt8](try Data(contentsOf: file))
    var filter = KoboCSVFilter()
    var offset = 0
    var reader = DataFileReader(file: "kobo.csv") { out in
      let chunk = Array(bytes[offset..<min(offset + 5, bytes.count)])
      offset += chunk.count
      out += filter.pass(chunk, atEnd: chunk.isEmpty)
      return !chunk.isEmpty
    }
    var rows: [DataFileRecord] = []
    while let r = try reader.next() { rows.append(r) }
    #expect(filter.isKoboCSV == true)
    #expect(rows.map(\.line) == [1, 2, 3, 4])
    #expect(rows[0].cells.last == "_index" && rows[1].cells.count == rows[0].cells.count)
  }

  @Test func testExportedTimesAndDatetimesInQdslFormats() {
    let cases: [(String, String)] = [
      ("10:30:00.000+02:00", "10:30"), ("10:30", "10:30"), ("10:30:05Z", "10:30"), ("10:30:05-0530", "10:30"),
      ("10:3", "10:3"), ("10:30:00.+02:00", "10:30:00.+02:00"),
    ]
    for (cell, want) in cases {
      let got = ExportLayouts.cell(cell, type: .time)
      #expect(got == want, "\(cell)")
    }
    #expect(ExportLayouts.cell("2024-06-15T14:21:07.123+03:00", type: .datetime) == "2024-06-15T14:21")
    #expect(ExportLayouts.cell("2024-06-15 14:21", type: .datetime) == "2024-06-15 14:21")
    #expect(ExportLayouts.cell("2024-06-15", type: .date) == "2024-06-15")
  }
}
