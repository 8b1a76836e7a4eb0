// Dates and times in an .xlsx file: a number whose cell format is a date format (the styles part) is shown as an
// ISO date (`2024-06-12`), date and time (`2024-06-12 08:30:00`) or time (`08:30:00`), as openpyxl reads it.

/// Which cell formats (`s` of a cell, an index into the styles part's `cellXfs`) show numbers as dates.
struct DateCells {
  private var isDate: [Bool] = []
  /// Whether serial numbers count from 1904-01-01 (an old Mac setting) instead of 1900-01-00.
  var from1904 = false

  init() {}

  /// Reads the cell formats of the styles part: built-in date formats and custom ones whose code has date or time
  /// letters outside quotes, brackets and escapes.
  init(styles data: [UInt8], part: String) throws(WorkbookError) {
    var scanner = XMLScanner(data, part: part)
    var custom: [Int: Bool] = [:]
    var inCellFormats = false
    while true {
      switch try scanner.next() {
      case .start(let selfClosing):
        if scanner.isNamed("numFmt"), let id = try scanner.attributeText("numFmtId").flatMap({ Int($0) }) {
          custom[id] = Self.isDateCode(try scanner.attributeText("formatCode") ?? "")
        } else if scanner.isNamed("cellXfs") && !selfClosing {
          inCellFormats = true
        } else if inCellFormats && scanner.isNamed("xf") {
          let id = try scanner.attributeText("numFmtId").flatMap { Int($0) } ?? 0
          isDate.append(custom[id] ?? ((14...22).contains(id) || id == 45 || id == 47))  // 46 is [h]:mm:ss
          if !selfClosing { try scanner.skipElement() }
        }
      case .end: if scanner.isNamed("cellXfs") { inCellFormats = false }
      case .endOfDocument: return
      case .text, .cdata: continue
      }
    }
  }

  /// Whether a format code shows a date or time (`yyyy-mm-dd`, `d.m.yyyy h:mm`, not `0.00` or `"day"0`); elapsed
  /// time (`[h]:mm`) counts as a number, as openpyxl has it.
  static func isDateCode(_ code: String) -> Bool {
    var inQuote = false
    var inBracket = false
    var escaped = false
    for scalar in code.unicodeScalars {
      if escaped {
        escaped = false
        continue
      }
      switch scalar {
      case "\"": inQuote.toggle()
      case "\\" where !inQuote: escaped = true
      case "[" where !inQuote:
        inBracket = true
      case "]" where !inQuote: inBracket = false
      case "d", "D", "m", "M", "y", "Y", "h", "H", "s", "S":
        if !inQuote && !inBracket { return !code.contains("[h]") && !code.contains("[H]") }
      default: continue
      }
    }
    return false
  }

  /// The text of a number in a cell of format `style`, or nil when that format is not a date.
  func text(_ stored: String, style: Int) -> String? {
    guard style >= 0, style < isDate.count, isDate[style], let serial = Double(stored.trimmingSpaces),
      serial >= (from1904 ? -1462 : 0), serial < 2_958_466  // 1900-01-01 to 9999-12-31
    else { return nil }
    let total = Int((serial * 86_400).rounded())
    var days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
    let seconds = total - days * 86_400
    let time = two(seconds / 3600) + ":" + two(seconds / 60 % 60) + ":" + two(seconds % 60)
    if serial >= 0 && serial < 1 { return time }
    // Days since 1970-01-01: 1900's serials count a 29 February 1900 that never was (Lotus's error, kept by Excel).
    if from1904 {
      days -= 24_107
    } else {
      days -= days < 60 ? 25_568 : 25_569
    }
    let date = Self.civil(days)
    return seconds == 0 ? date : date + " " + time
  }

  private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

  /// The proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's days_from_civil, inverted).
  static func civil(_ days: Int) -> String {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    let y = String(year)
    return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + (month < 10 ? "0" : "") + "\(month)-"
      + (day < 10 ? "0" : "") + "\(day)"
  }
}
