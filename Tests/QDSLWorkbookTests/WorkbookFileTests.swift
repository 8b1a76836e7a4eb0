// Reading a workbook file of any kind: chosen by the name, else by the content; text that is not UTF-8 is a
// located error, UTF-16 with a byte order mark is read.

import Testing

@testable import QDSLWorkbook

@Suite struct WorkbookFileTests {
  func failure(_ bytes: [UInt8], _ name: String) -> WorkbookError? {
    do {
      _ = try Workbook(file: bytes, named: name)
      return nil
    } catch { return error }
  }

  @Test func testTheKindComesFromTheNameOrTheContent() throws {
    #expect(Workbook.FileKind(fileName: "Form.XLSX") == .xlsx)
    #expect(Workbook.FileKind(fileName: "macros.xlsm") == .xlsx)
    #expect(Workbook.FileKind(fileName: "form.csv") == .csv)
    #expect(Workbook.FileKind(fileName: "form.markdown") == .markdown)
    #expect(Workbook.FileKind(fileName: "form.xls") == nil)
    let xlsx = fixture("openpyxl-form.xlsx")
    #expect(try Workbook(file: xlsx, named: "form") == Workbook(xlsx: xlsx))
    let markdown = Array("| survey |\n| | type | name |\n".utf8)
    let csv = Array("survey\n,type,name\n".utf8)
    #expect(try Workbook(file: markdown, named: "form.md").sheets[0].rows == [["type", "name"]])
    #expect(try Workbook(file: markdown, named: "form.txt") == Workbook(file: markdown, named: "form.md"))
    #expect(try Workbook(file: csv, named: "form") == Workbook(file: csv, named: "form.csv"))
    #expect(failure(fixture("encrypted.xlsx"), "form.xls")?.message.contains("password-protected") == true)
  }

  @Test func testTextEncodings() throws {
    let text = "survey\n,type,name,label::Svenska (sv)\n,text,q1,Är du nöjd?\n"
    let expected = try Workbook(csv: text)
    var utf16 = [UInt8]([0xFF, 0xFE])
    for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    #expect(try Workbook(file: utf16, named: "form.csv") == expected)
    #expect(try Workbook(file: [0xEF, 0xBB, 0xBF] + Array(text.utf8), named: "form.csv") == expected)
    // Windows-1252, as Excel's plain "CSV" saves it: Ä is 0xC4.
    let latin = Array("survey\n,type,name\n,text,q1,".utf8) + [0xC4] + Array("r du?\n".utf8)
    let error = failure(latin, "form.csv")
    #expect(error?.description == "line 3: the CSV file is not UTF-8 text")
    #expect(error?.help?.contains("CSV UTF-8") == true)
    #expect(failure(fixture("openpyxl-form.xlsx"), "form.csv")?.message.contains("not a CSV text file") == true)
  }
}
