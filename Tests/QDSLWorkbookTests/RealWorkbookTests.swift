// Workbooks saved by LibreOffice and by Excel (from pyxform's test suite) read as openpyxl, pyxform's reader,
// reads them, and survive a round trip through the writer.

import Testing

@testable import QDSLWorkbook

@Suite struct RealWorkbookTests {
  @Test func testSavedByLibreOffice() throws {
    let book = try Workbook(xlsx: fixture("pyxform/text_and_integer.xlsx"))
    #expect(book.sheets.map(\.name) == ["survey", "choices"])
    #expect(
      book.sheets[0].rows == [
        ["type", "name", "label:english"], ["text", "your_name", "What is your name?"],
        ["integer", "your_age", "How many years old are you?"],
      ])
    #expect(book.sheets[1].rows == [["list name", "name", "label:english"]])
    #expect(try Workbook(xlsx: book.xlsxBytes()) == book)
  }

  @Test func testSavedByExcel() throws {
    let book = try Workbook(xlsx: fixture("pyxform/yes_or_no_question.xlsx"))
    #expect(
      book.sheets == [
        Sheet(
          name: "survey",
          rows: [
            ["type", "name", "label:english"],
            ["select one from yes_or_no", "good_day", "have you had a good day today?"],
          ]),
        Sheet(
          name: "choices",
          rows: [["list name", "name", "label:english"], ["yes_or_no", "yes", "yes"], ["yes_or_no", "no", "no"]]),
      ])
    #expect(try Workbook(xlsx: book.xlsxBytes()) == book)
  }

  @Test func testSavedByExcelForMacWithDates() throws {
    let book = try Workbook(xlsx: fixture("pyxform/xl_date_ambiguous.xlsx"))
    #expect(book.sheets.map(\.name) == ["survey", "choices", "settings", "changelog"])
    let survey = book.sheets[0].rows
    #expect(survey.count == 5)
    #expect(survey[3] == ["text", "name3", "name3", "", "", "", "", "", "", "0"])
    #expect(survey[4].last == "label::English != ''")
    #expect(book.sheets[1].rows[3] == ["names_list", "name3", "${name3}"])
    #expect(book.sheets[2].rows[1].first == "English")
    // The version cell holds 1 in a date format, so openpyxl (and pyxform) read it as 1900-01-01.
    #expect(book.sheets[3].rows[1] == ["1900-01-01", "2018-09-18", "jef", "create", "n/a", "Initial commit."])
    #expect(try Workbook(xlsx: book.xlsxBytes()) == book)
  }
}
