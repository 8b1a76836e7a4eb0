// pyxform's text forms of an XLSForm: the CSV with sheet names in its first column and the Markdown tables of
// pyxform's test suite, read into the same sheets as the .xlsx, with located errors.

import Testing

@testable import QDSLWorkbook

extension Workbook {
  static func tableCells(cells line: String) -> [String]? { tableCells(Array(line.unicodeScalars)[...]) }
}

@Suite struct TextFormTests {
  let expected = [
    Sheet(
      name: "survey",
      rows: [
        ["type", "name", "label::Suomi (fi)", "relevant"], ["select_one kyllä_ei", "q1", "Kysymys, \"yksi\""],
        ["text", "q2", "Rivi 1\nRivi 2", "${q1} = 'kyllä'"],
      ], lines: [2, 3, 6]),
    Sheet(
      name: "choices", rows: [["list_name", "name", "label::Suomi (fi)"], ["kyllä_ei", "kyllä", "Kyllä"]],
      lines: [8, 9]),
    Sheet(name: "settings", rows: [], lines: []),
  ]

  @Test func testPyxformsCSV() throws {
    let csv =
      "\u{FEFF}survey,,,,\r\n,type,name,label::Suomi (fi),relevant\r\n,select_one kyllä_ei,q1,\"Kysymys, \"\"yksi\"\"\"\r\n"
      + ",,, ,\r\n\r\n,text ,q2,\"Rivi 1\nRivi 2\",${q1} = 'kyllä'\r\nchoices,list_name,name,label::Suomi (fi)\n"
      + ",kyllä_ei,kyllä,Kyllä\nsettings"
    let book = try Workbook(csv: csv)
    #expect(book.sheets == expected)
  }

  @Test func testPyxformsMarkdown() throws {
    let markdown = """
      # A form as pyxform's tests write it
      | survey |                     |      |                   |                 |
      |        | type                | name | label::Suomi (fi) | relevant        |
      |        | select_one kyllä_ei | q1   | Kysymys, "yksi"   |                 |  # a comment
      |--------|---------------------|------|-------------------|-----------------|
      | :----- | :---                |      |                   |                 |

      |        | text                | q2   | Rivi 1\\|2        | ${q1} = 'kyllä' |
      | choices | list_name | name | label::Suomi (fi) |
      |  | kyllä_ei | kyllä | Kyllä |
      not a table row, ignored
      | settings |
      """
    let book = try Workbook(markdown: markdown)
    var wanted = expected
    wanted[0].rows[2][2] = "Rivi 1|2"
    wanted[0].lines = [3, 4, 8]
    wanted[1].lines = [9, 10]
    #expect(book.sheets == wanted)
  }

  @Test func testMarkdownWithWindowsLineEnds() throws {
    let book = try Workbook(markdown: "| survey |\r\n| | type | name |\r\n| | text | q1 |\r\n")
    #expect(book.sheets == [Sheet(name: "survey", rows: [["type", "name"], ["text", "q1"]], lines: [2, 3])])
  }

  @Test func testTheMarkdownRowReaderFollowsPyxform() {
    #expect(Workbook.tableCells(cells: "| a | b |") == [" a ", " b "])
    #expect(Workbook.tableCells(cells: "  | a | b | trailing") == [" a ", " b "], "cells run to the last pipe")
    #expect(Workbook.tableCells(cells: "| a | b # c |") == [" a ", " b # c "], "a # before a pipe is text")
    #expect(Workbook.tableCells(cells: "| a | b |  # note") == [" a ", " b "])
    #expect(Workbook.tableCells(cells: "| a | b |  # x #") == [" a ", " b "])
    #expect(Workbook.tableCells(cells: "  # | a | b |") == nil)
    #expect(Workbook.tableCells(cells: "|---|:--|") == nil)
    #expect(Workbook.tableCells(cells: "| a") == nil)
    #expect(Workbook.tableCells(cells: "text") == nil)
  }

  @Test func testLocatedErrors() {
    func failure(_ make: () throws(WorkbookError) -> Workbook) -> WorkbookError? {
      do {
        _ = try make()
        return nil
      } catch { return error }
    }
    let before = failure { () throws(WorkbookError) in try Workbook(markdown: "\n| | type | name |\n| survey |") }
    #expect(before?.location == CellLocation(sheet: "", line: 2))
    #expect(before?.description == "line 2: this row comes before any sheet's name")
    let twice = failure { () throws(WorkbookError) in
      try Workbook(csv: "survey\n,type,name\nchoices\n,list_name\nSurvey,,\n")
    }
    #expect(twice?.message == "the sheet Survey starts a second time (it first starts on line 1)")
    #expect(twice?.location?.line == 5)
    let quote = failure { () throws(WorkbookError) in try Workbook(csv: "survey\n,text,q1\n,note,\"open\n\n") }
    #expect(quote?.description == "line 3: a quoted cell opens here and never closes")
    #expect(failure { () throws(WorkbookError) in try Workbook(csv: "") }?.message.contains("has no sheet") == true)
    #expect(
      failure { () throws(WorkbookError) in try Workbook(markdown: "# nothing") }?.message.contains("no sheet") == true)
  }

  @Test func testLocationsOfTextSheetsNameTheLine() {
    let sheet = expected[0]
    #expect(
      sheet.location(row: 2, column: 3, header: "relevant").description == "line 6, sheet survey, column D (relevant)")
    #expect(Sheet(name: "survey", rows: [[]]).location(row: 0).description == "sheet survey, row 1")
  }

  @Test func testManySheetNamesAreNotQuadratic() throws {
    let csv = (0..<20_000).map { "sheet\($0),a,b\n" }.joined()
    let clock = ContinuousClock()
    var book: Workbook? = nil
    let elapsed = try clock.measure { book = try Workbook(csv: csv) }
    #expect(book?.sheets.count == 20_000)
    #expect(elapsed < .seconds(10), "\(elapsed)")
  }

  @Test func testTheThreeFormatsAgree() throws {
    let markdown = try Workbook(markdown: "| survey | type | name |\n| | text | q1 |")
    let csv = try Workbook(csv: "survey,type,name\n,text,q1\n")
    #expect(markdown.sheets.map(\.rows) == csv.sheets.map(\.rows))
    let xlsx = try Workbook(xlsx: csv.xlsxBytes())
    #expect(xlsx.sheets.map(\.rows) == csv.sheets.map(\.rows))
    #expect(xlsx.sheets[0].lines == nil)
  }
}
