// Files that are not readable workbooks each give one clear error, never a crash: an empty file, a
// password-protected workbook, no zip, a truncated or damaged zip, a CRC mismatch, zip bombs, a zip that
// is no workbook, a missing sheet part, broken XML. ZIP64 archives (as some writers make even small files) read.

import Testing

@testable import QDSLWorkbook

@Suite struct XLSXErrorTests {
  /// The error of reading the bytes, or nil when they read.
  func failure(_ bytes: [UInt8], limits: WorkbookLimits = .standard) -> WorkbookError? {
    do {
      _ = try Workbook(xlsx: bytes, limits: limits)
      return nil
    } catch { return error }
  }

  /// The offset of the central directory entry of a part.
  func centralEntry(_ bytes: [UInt8], _ name: String) -> Int {
    let wanted = Array(name.utf8)
    for i in 0..<(bytes.count - 46) where bytes.u32(i) == 0x0201_4b50 {
      let length = Int(bytes.u16(i + 28))
      if Array(bytes[(i + 46)..<(i + 46 + length)]) == wanted { return i }
    }
    Issue.record("no central entry for \(name)")
    return 0
  }

  func zip(_ parts: [(String, String)]) -> [UInt8] {
    var writer = ZipWriter()
    for (name, text) in parts { writer.add(name, Array(text.utf8)) }
    return writer.finish()
  }

  let small = Workbook(sheets: [Sheet(name: "survey", rows: [["type", "name"], ["text", "q1"]])]).xlsxBytes()

  @Test func testFilesThatAreNoZip() {
    #expect(failure([])?.message == "the file is empty")
    let encrypted = failure(fixture("encrypted.xlsx"))
    #expect(encrypted?.message.contains("password-protected") == true)
    #expect(encrypted?.help == "save it as .xlsx without a password")
    #expect(failure(Array("| survey |\n".utf8))?.message.contains("is not an .xlsx workbook") == true)
  }

  @Test func testATruncatedFile() {
    let whole = fixture("openpyxl-form.xlsx")
    let error = failure(Array(whole.prefix(whole.count / 2)))
    #expect(error?.message.contains("truncated") == true)
    #expect(failure(Array(whole.prefix(3)))?.message.contains("truncated") == true)
  }

  @Test func testACRCMismatchAndDamagedData() {
    var bytes = small
    let entry = centralEntry(bytes, "xl/workbook.xml")
    bytes[entry + 16] ^= 0xFF
    #expect(failure(bytes)?.message.contains("fails its CRC-32 check") == true)

    bytes = small
    let local = Int(bytes.u32(entry + 42))
    let start = local + 30 + Int(bytes.u16(local + 26))
    let packed = Int(bytes.u32(entry + 20))
    for i in start..<(start + packed) { bytes[i] = 0xFF }
    #expect(failure(bytes)?.message.contains("damaged") == true)

    bytes = small
    bytes[entry + 24] = 10  // the part says it unpacks to 10 bytes
    bytes[entry + 25] = 0
    #expect(failure(bytes)?.message.contains("unpacks to more than the 10 bytes") == true)

    bytes = small
    bytes[entry + 42] ^= 0x01  // the local header is not where the directory says
    #expect(failure(bytes)?.message.contains("damaged zip") == true)
  }

  /// The same archive as ZIP64 writers make it: every central directory entry with its sizes and offset in a
  /// ZIP64 extra field, and a ZIP64 end record (with its locator) before a saturated end record.
  func zip64(_ zip: [UInt8]) -> [UInt8] {
    func u16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
    func u32(_ v: Int) -> [UInt8] { u16(v & 0xFFFF) + u16(v >> 16 & 0xFFFF) }
    func u64(_ v: Int) -> [UInt8] { u32(v & 0xFFFF_FFFF) + u32(v >> 32) }
    let end = zip.count - 22
    let count = Int(zip.u16(end + 10))
    let offset = Int(zip.u32(end + 16))
    var out = Array(zip[..<offset])
    var at = offset
    for _ in 0..<count {
      let nameLength = Int(zip.u16(at + 28))
      var header = Array(zip[at..<(at + 46)])
      header.replaceSubrange(20..<28, with: u32(0xFFFF_FFFF) + u32(0xFFFF_FFFF))
      header.replaceSubrange(30..<32, with: u16(28))
      header.replaceSubrange(42..<46, with: u32(0xFFFF_FFFF))
      out += header + zip[(at + 46)..<(at + 46 + nameLength)]
      out += u16(1) + u16(24) + u64(Int(zip.u32(at + 24))) + u64(Int(zip.u32(at + 20))) + u64(Int(zip.u32(at + 42)))
      at += 46 + nameLength
    }
    let record = out.count
    out += u32(0x0606_4b50) + u64(44) + u16(45) + u16(45) + u32(0) + u32(0) + u64(count) + u64(count)
    out += u64(record - offset) + u64(offset)
    out += u32(0x0706_4b50) + u32(0) + u64(record) + u32(1)
    out += u32(0x0605_4b50) + u16(0) + u16(0) + u16(0xFFFF) + u16(0xFFFF) + u32(0xFFFF_FFFF) + u32(0xFFFF_FFFF) + u16(0)
    return out
  }

  @Test func testZIP64ArchivesAreRead() throws {
    let book = Workbook(sheets: [Sheet(name: "survey", rows: [["type", "name"], ["text", "q1"]])])
    let converted = zip64(small)
    #expect(converted.count > small.count)
    #expect(try Workbook(xlsx: converted) == book)
    // Python's zipfile, with its ZIP64 threshold lowered, wrote this one.
    #expect(try Workbook(xlsx: fixture("zip64.xlsx")) == Workbook(xlsx: fixture("openpyxl-form.xlsx")))
    var broken = small
    let end = broken.count - 22
    broken[end + 10] = 0xFF
    broken[end + 11] = 0xFF
    #expect(failure(broken)?.message.contains("has no ZIP64 end record") == true)
  }

  @Test func testZipBombGuards() {
    let bomb = Workbook(sheets: [Sheet(name: "survey", rows: [[String(repeating: "a", count: 4_000_000)]])])
    let error = failure(bomb.xlsxBytes())
    #expect(error?.message.contains("more than 200 times (a zip bomb?)") == true, "\(String(describing: error))")
    let tight = WorkbookLimits(maxPartSize: 100)
    #expect(failure(small, limits: tight)?.message.contains("more than qdsl reads") == true)
    let total = WorkbookLimits(maxTotalSize: 600)
    #expect(failure(small, limits: total)?.message.contains("more than qdsl reads") == true)
    let cells = failure(fixture("openpyxl-form.xlsx"), limits: WorkbookLimits(maxCells: 10))
    #expect(cells?.message.contains("more than 10 cells") == true)
    #expect(cells?.location?.sheet == "survey")
  }

  @Test func testZipsThatAreNoWorkbook() {
    #expect(failure(zip([("word/document.xml", "<w/>")]))?.message == "the file is a Word document, not a workbook")
    #expect(failure(zip([("notes.txt", "hi")]))?.message.contains("has no xl/workbook.xml") == true)
    #expect(failure(zip([("mimetype", "x"), ("content.xml", "<x/>")]))?.message.contains(".ods") == true)
  }

  let workbook =
    #"<workbook xmlns:r="r"><sheets><sheet name="survey" sheetId="1" r:id="rId1"/></sheets></workbook>"#
  let relationships =
    #"<Relationships><Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/sheet1.xml"/>"#
    + #"<Relationship Id="rId2" Type="http://x/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#

  @Test func testAMissingSheetPart() {
    let error = failure(zip([("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", relationships)]))
    #expect(error?.message.contains("has no part xl/worksheets/sheet1.xml for the sheet survey") == true)
    #expect(error?.location == CellLocation(sheet: "survey"))
    let unlisted = failure(zip([("xl/workbook.xml", workbook)]))
    #expect(unlisted?.message.contains("its relationship rId1 is missing") == true)
  }

  func sheetFailure(_ sheet: String, strings: String = "<sst/>") -> WorkbookError? {
    failure(
      zip([
        ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", relationships),
        ("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", strings),
      ]))
  }

  @Test func testBrokenXMLAndBadCells() {
    #expect(
      sheetFailure("<worksheet><sheetData><row><c r=\"A1\"><v>1</v>")?.message.contains("not well-formed") == true)
    #expect(
      sheetFailure("<sheetData><row><c r=\"A1\"><v>&nbsp;</v></c></row></sheetData>")?.message.contains("&nbsp;")
        == true)
    #expect(
      sheetFailure("<sheetData><row><c r=\"A1\"><v>&#0;</v></c></row></sheetData>")?.message.contains("no character")
        == true)
    let shared = sheetFailure(#"<sheetData><row r="3"><c r="B3" t="s"><v>5</v></c></row></sheetData>"#)
    #expect(shared?.message.contains("shared string '5'") == true)
    #expect(shared?.location == CellLocation(sheet: "survey", row: 3, column: 1))
    #expect(
      sheetFailure(#"<sheetData><row><c r="A1B"><v>1</v></c></row></sheetData>"#)?.message.contains("no cell") == true)
    #expect(sheetFailure(#"<sheetData><row r="0"/></sheetData>"#)?.message.contains("no row") == true)
    #expect(sheetFailure("<sheetData/>", strings: "<sst><si><t>unclosed")?.message.contains("not well-formed") == true)
  }

  @Test func testNoPrefixOrMutationCrashes() {
    // Every prefix and many damaged copies of a real file end in a workbook or a WorkbookError (typed throws make
    // anything else impossible to catch here, so a crash would stop the test run).
    let whole = fixture("handmade.xlsx")
    for length in stride(from: 0, to: whole.count, by: 7) { _ = failure(Array(whole.prefix(length))) }
    var state: UInt64 = 20
    func next() -> Int {  // SplitMix64, seeded, so a failure can be replayed
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
    }
    for _ in 0..<300 {
      var bytes = whole
      for _ in 0..<3 { bytes[next() % bytes.count] = UInt8(truncatingIfNeeded: next()) }
      _ = failure(bytes)
    }
  }
}
