// Reading a spreadsheet file for `qdsl import`, by its extension: the one place that connects the workbook readers.

import Foundation
import QDSLWorkbook
import QDSLXLSForm

enum WorkbookInput {
  /// The extensions `qdsl import` reads.
  static let extensions = ["xlsx", "csv", "md"]

  /// Reads `path` as a workbook. `.md` is pyxform's Markdown tables; `.xlsx` and `.csv` go to the workbook readers
  /// of QDSLWorkbook once they are merged (until then they are a usage error that says so).
  static func read(_ path: String) -> Result<Workbook, ImportInputError> {
    let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
    guard extensions.contains(ext) else {
      return .failure(
        .usage("'\(path)' is not a form this command reads: give an .xlsx, .csv or .md (pyxform Markdown) file"))
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        return .failure(.usage("'\(path)' is a directory; give one form file"))
      }
      return .failure(.usage("cannot read '\(path)': no such file, or it is not readable"))
    }
    switch ext {
    case "md":
      guard let text = String(data: data, encoding: .utf8) else {
        return .failure(.form(WorkbookError("the file is not UTF-8 text", help: "save it as UTF-8")))
      }
      return PyxformMarkdown.workbook(text).mapError { .form($0) }
    default:
      return .failure(
        .usage("reading .\(ext) files needs the workbook readers, which this build does not have yet; use an .md form"))
    }
  }
}

/// Why a form file could not be read: a usage or I/O problem (exit 2) or a file that is not a form (exit 1).
enum ImportInputError: Error {
  case usage(String)
  case form(WorkbookError)
}
