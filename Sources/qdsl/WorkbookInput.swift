// Reading a spreadsheet file for `qdsl import` by its extension, through the workbook readers.

import Foundation
import QDSLWorkbook

enum WorkbookInput {
  /// The extensions `qdsl import` reads.
  static let extensions = ["xlsx", "csv", "md"]

  /// Reads `path` as a workbook: an `.xlsx` spreadsheet, pyxform's CSV form (`.csv`) or its Markdown tables
  /// (`.md`), through QDSLWorkbook's readers.
  static func read(_ path: String) -> Result<Workbook, ImportInputError> {
    let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
    if ext == "xls" {
      guard FileManager.default.fileExists(atPath: path) else {
        return .failure(.usage("\(path): no such file or directory"))
      }
      return .failure(.usage("'\(path)' is an Excel 97 workbook, which qdsl does not read: save it as .xlsx"))
    }
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
    do {
      // By the name's suffix: xlsx, pyxform's CSV or Markdown; text in UTF-8, or UTF-16 with a byte order mark.
      return .success(try Workbook(file: [UInt8](data), named: path))
    } catch {
      return .failure(.form(error))
    }
  }
}

/// Why a form file could not be read: a usage or I/O problem (exit 2) or a file that is not a form (exit 1).
enum ImportInputError: Error {
  case usage(String)
  case form(WorkbookError)
}
