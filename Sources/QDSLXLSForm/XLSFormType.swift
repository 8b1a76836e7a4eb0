// The `type` cell of a survey row: what qdsl makes of each XLSForm type, with pyxform's aliases.

/// What a survey row is, read from its `type` cell.
enum XLSFormType: Equatable, Sendable {
  case integer, decimal, text, date, time, datetime, range, note, calculate
  case selectOne(list: String, orOther: Bool)
  case selectMultiple(list: String, orOther: Bool)
  case rank(list: String)
  case beginGroup, endGroup, beginRepeat, endRepeat
  /// `begin loop over LIST`: a repeat over every choice of the list.
  case beginLoop(list: String)
  case endLoop
  /// A paradata kind of qdsl: start, end, today, device, user.
  case paradata(String)
  /// A type qdsl cannot express (geopoint, image, barcode, select_one_from_file, hidden…): kept as a comment.
  case kept(String)

  var isParadata: Bool {
    if case .paradata = self { return true }
    return false
  }

  private static let plain: [String: XLSFormType] = [
    "integer": .integer, "int": .integer, "decimal": .decimal, "text": .text, "string": .text,
    "phone number": .text, "date": .date, "time": .time, "datetime": .datetime, "range": .range, "note": .note,
    "calculate": .calculate, "begin group": .beginGroup, "begin_group": .beginGroup, "end group": .endGroup,
    "end_group": .endGroup, "begin repeat": .beginRepeat, "begin_repeat": .beginRepeat, "begin lgroup": .beginRepeat,
    "begin looped group": .beginRepeat, "end repeat": .endRepeat, "end_repeat": .endRepeat, "end lgroup": .endRepeat,
    "end looped group": .endRepeat, "end loop": .endLoop, "end_loop": .endLoop, "start": .paradata("start"),
    "end": .paradata("end"), "today": .paradata("today"), "deviceid": .paradata("device"), "imei": .paradata("device"),
    "username": .paradata("user"), "get start time": .paradata("start"), "get end time": .paradata("end"),
    "get today": .paradata("today"), "get device id": .paradata("device"), "uri:deviceid": .paradata("device"),
    "uri:username": .paradata("user"),
  ]

  private static let keptTypes: Set<String> = [
    "geopoint", "geotrace", "geoshape", "start-geopoint", "image", "photo", "audio", "video", "file", "barcode",
    "background-audio", "audit", "xml-external", "csv-external", "hidden", "acknowledge", "trigger", "email",
    "subscriberid", "simserial", "phonenumber", "osm", "add image prompt", "add photo prompt", "add audio prompt",
    "add video prompt", "add file prompt", "entity", "gps", "include", "uri:email", "uri:subscriberid",
    "uri:simserial", "uri:phonenumber", "get subscriber id", "get sim id", "get phone number",
  ]

  private static let selectOnePrefixes = [
    "add select one prompt using", "select one from", "select_one", "select one", "select1",
  ]
  private static let selectMultiplePrefixes = [
    "add select multiple prompt using", "select all that apply from", "select_multiple", "select all that apply",
    "select multiple",
  ]
  private static let keptSelectPrefixes = [
    "select_one_from_file", "select_multiple_from_file", "select one from file", "select multiple from file",
    "select_one_external", "select one external",
  ]

  /// The type of a cell, or nil for a type XLSForm does not have.
  static func read(_ cell: String) -> XLSFormType? {
    let words = cell.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    let lowered = words.lowercased()
    if let t = plain[lowered] { return t }
    if keptTypes.contains(lowered) { return .kept(lowered) }
    if let first = lowered.split(separator: " ").first, first != "select", keptTypes.contains(String(first)) {
      return .kept(String(first))
    }
    for prefix in keptSelectPrefixes where lowered.hasPrefix(prefix + " ") {
      return .kept(prefix)
    }
    if lowered.hasPrefix("begin loop over ") {
      let list = String(words.dropFirst("begin loop over ".count)).trimmingSpaces()
      return list.isEmpty ? nil : .beginLoop(list: list)
    }
    if lowered.hasPrefix("rank ") {
      let list = String(words.dropFirst(5)).trimmingSpaces()
      return list.contains(" ") || list.isEmpty ? nil : .rank(list: list)
    }
    for (prefixes, multiple) in [(selectOnePrefixes, false), (selectMultiplePrefixes, true)] {
      for prefix in prefixes where lowered.hasPrefix(prefix + " ") {
        var rest = String(words.dropFirst(prefix.count)).trimmingSpaces()
        var orOther = false
        for suffix in [" or_other", " or specify other"] where rest.lowercased().hasSuffix(suffix) {
          orOther = true
          rest = String(rest.dropLast(suffix.count)).trimmingSpaces()
        }
        guard !rest.isEmpty, !rest.contains(" ") else { return nil }
        return multiple ? .selectMultiple(list: rest, orOther: orOther) : .selectOne(list: rest, orOther: orOther)
      }
    }
    return nil
  }

  /// Names of the types, for the help of an unknown one.
  static let knownTypes =
    "integer, decimal, range, text, date, time, dateTime, select_one LIST, select_multiple LIST, rank LIST, note, "
    + "calculate, begin group, end group, begin repeat, end repeat, start, end, today, deviceid, username, and the "
    + "types kept as comments (geopoint, image, barcode, hidden, select_one_from_file…)"
}
