// Calendar dates of the evaluator: "YYYY-MM-DD" in the proleptic Gregorian calendar, held as a day number so
// that date − date is a subtraction. No time zones and no Foundation calendar: a date is a day, not an instant.

import Foundation

/// A calendar date, counted in days from 1970-01-01.
public struct FormDate: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before it).
  public var days: Int

  public init(days: Int) {
    self.days = days
  }

  /// A date of the years 1–9999, or nil when the date does not exist (`2023-02-29`).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
      day <= FormDate.daysInMonth(year: year, month: month)
    else { return nil }
    // Days from civil (H. Hinnant): years start in March so that the leap day is the last day of a year.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    days = era * 146_097 + dayOfEra - 719_468
  }

  /// Parses exactly `YYYY-MM-DD`.
  public init?(_ iso: String) {
    let bytes = Array(iso.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
    func digits(_ range: Range<Int>) -> Int? {
      var v = 0
      for i in range {
        guard bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") else { return nil }
        v = v * 10 + Int(bytes[i] - UInt8(ascii: "0"))
      }
      return v
    }
    guard let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10) else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// Today in the local time zone.
  public static func today() -> FormDate {
    let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
    return FormDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? FormDate(days: 0)
  }

  /// (year, month, day).
  public var components: (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    let (y, m, d) = components
    func pad(_ v: Int, _ width: Int) -> String {
      let s = String(v)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
  }

  public static func < (a: FormDate, b: FormDate) -> Bool { a.days < b.days }

  static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
