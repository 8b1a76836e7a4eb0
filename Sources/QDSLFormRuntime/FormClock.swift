// Times of day and dates with a time of the evaluator: "HH:MM" and "YYYY-MM-DDTHH:MM", local time to the minute,
// without time zones (a time is what the respondent's clock showed). Also the paradata a collector fills.

import Foundation

/// A time of day, counted in minutes from midnight.
public struct FormTime: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
  /// 0 (00:00) to 1439 (23:59).
  public var minutes: Int

  public init?(minutes: Int) {
    guard (0..<1440).contains(minutes) else { return nil }
    self.minutes = minutes
  }

  /// The time `minutes` after midnight, taken around the clock (1440 is 00:00 again).
  public init(wrapping minutes: Int) {
    self.minutes = ((minutes % 1440) + 1440) % 1440
  }

  /// Parses exactly `HH:MM` (24 hours).
  public init?(_ text: String) {
    let b = Array(text.utf8)
    guard b.count == 5, b[2] == UInt8(ascii: ":") else { return nil }
    var digits: [Int] = []
    for i in [0, 1, 3, 4] {
      guard b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") else { return nil }
      digits.append(Int(b[i] - UInt8(ascii: "0")))
    }
    let (h, m) = (digits[0] * 10 + digits[1], digits[2] * 10 + digits[3])
    guard h < 24, m < 60 else { return nil }
    minutes = h * 60 + m
  }

  /// `HH:MM`.
  public var description: String {
    let (h, m) = (minutes / 60, minutes % 60)
    return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
  }

  public static func < (a: FormTime, b: FormTime) -> Bool { a.minutes < b.minutes }
}

/// A date with a time of day.
public struct FormDateTime: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
  public var date: FormDate
  public var time: FormTime

  public init(date: FormDate, time: FormTime) {
    self.date = date
    self.time = time
  }

  /// Parses exactly `YYYY-MM-DDTHH:MM`.
  public init?(_ text: String) {
    let parts = text.split(separator: "T", omittingEmptySubsequences: false)
    guard parts.count == 2, let d = FormDate(String(parts[0])), let t = FormTime(String(parts[1])) else { return nil }
    (date, time) = (d, t)
  }

  /// Midnight at the start of `date`.
  public static func midnight(_ date: FormDate) -> FormDateTime {
    FormDateTime(date: date, time: FormTime(wrapping: 0))
  }

  /// Now on the local clock, to the minute.
  public static func now() -> FormDateTime {
    let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day, .hour, .minute], from: Date())
    let date =
      FormDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? FormDate(days: 0)
    return FormDateTime(
      date: date, time: FormTime(wrapping: (parts.hour ?? 0) * 60 + (parts.minute ?? 0)))
  }

  /// `YYYY-MM-DDTHH:MM`.
  public var description: String { date.description + "T" + time.description }

  /// As a pipe shows it: `YYYY-MM-DD HH:MM`.
  public var display: String { date.description + " " + time.description }

  public static func < (a: FormDateTime, b: FormDateTime) -> Bool {
    a.date != b.date ? a.date < b.date : a.time < b.time
  }
}

/// What a paradata field records (the form JSON's `paradata[].kind`).
public enum FormParadataKind: String, Sendable, Equatable, CaseIterable {
  case start, end, today, device, user
}

/// A paradata field of the form: filled by the collector, never asked.
public struct FormParadata: Sendable, Equatable {
  public var variable: String
  public var kind: FormParadataKind
}

/// What the collector knows when an interview runs: the clock and the device. `start` and `end` paradata are
/// `now`, `today` is the evaluator's date; `device` and `user` are missing unless given.
public struct FormCollector: Sendable, Equatable {
  public var now: FormDateTime?
  public var device: String?
  public var user: String?

  public init(now: FormDateTime? = nil, device: String? = nil, user: String? = nil) {
    self.now = now
    self.device = device
    self.user = user
  }
}
