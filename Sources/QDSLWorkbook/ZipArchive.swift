// A zip reader for the container of an .xlsx file: the end record, the central directory, each part's local
// header; stored and deflated parts, their CRC-32 checked, their sizes bounded against zip bombs.

/// The parts of a zip archive, read on demand.
struct ZipArchive {
  /// One part as the central directory describes it.
  struct Entry {
    var name: String
    var method: UInt16
    var flags: UInt16
    var crc: UInt32
    var compressedSize: Int
    var size: Int
    var localHeaderOffset: Int
  }

  private let bytes: [UInt8]
  private let limits: WorkbookLimits
  /// The entries by their part name folded to lower case (part names are case-insensitive), `\` read as `/`.
  private var entries: [String: Entry] = [:]
  /// The part names in the archive's order.
  private(set) var names: [String] = []
  private var unpacked = 0

  static let help = "save it again from the spreadsheet program as an Excel workbook (.xlsx)"

  /// Reads the directory of a zip archive. The bytes must be a zip: callers recognise other formats first.
  init(_ bytes: [UInt8], limits: WorkbookLimits) throws(WorkbookError) {
    self.bytes = bytes
    self.limits = limits
    let end = try Self.endRecord(bytes)
    var count = Int(bytes.u16(end + 10))
    var directorySize = Int(bytes.u32(end + 12))
    var directoryOffset = Int(bytes.u32(end + 16))
    var directoryEnd = end
    if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
      // ZIP64: the locator just before the end record points to the ZIP64 end record with the real numbers.
      guard end >= 20, bytes.u32(end - 20) == 0x0706_4b50 else {
        throw Self.corrupt("it says it is a ZIP64 archive but has no ZIP64 end record")
      }
      let record = bytes.u64(end - 12)
      guard record <= end - 20 - 56, bytes.u32(record) == 0x0606_4b50 else {
        throw Self.corrupt("its ZIP64 end record is missing")
      }
      count = bytes.u64(record + 32)
      directorySize = bytes.u64(record + 40)
      directoryOffset = bytes.u64(record + 48)
      directoryEnd = record
    }
    guard directoryOffset <= directoryEnd, directorySize <= directoryEnd - directoryOffset,
      count <= directorySize / 46
    else {
      throw Self.corrupt("its central directory lies outside the file")
    }
    var at = directoryOffset
    for _ in 0..<count {
      guard at + 46 <= directoryEnd, bytes.u32(at) == 0x0201_4b50 else {
        throw Self.corrupt("its central directory is damaged")
      }
      let nameLength = Int(bytes.u16(at + 28))
      let extraLength = Int(bytes.u16(at + 30))
      let commentLength = Int(bytes.u16(at + 32))
      let next = at + 46 + nameLength + extraLength + commentLength
      guard next <= directoryEnd else { throw Self.corrupt("its central directory is damaged") }
      var entry = Entry(
        name: String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self),
        method: bytes.u16(at + 10), flags: bytes.u16(at + 8), crc: bytes.u32(at + 16),
        compressedSize: Int(bytes.u32(at + 20)), size: Int(bytes.u32(at + 24)),
        localHeaderOffset: Int(bytes.u32(at + 42)))
      if entry.compressedSize == 0xFFFF_FFFF || entry.size == 0xFFFF_FFFF || entry.localHeaderOffset == 0xFFFF_FFFF {
        try Self.readZIP64Sizes(&entry, extra: bytes[(at + 46 + nameLength)..<(at + 46 + nameLength + extraLength)])
      }
      let key = Self.key(entry.name)
      if entries[key] == nil {
        entries[key] = entry
        names.append(entry.name)
      }
      at = next
    }
  }

  /// The sizes and offset a ZIP64 extra field (id 1) holds for the entry's fields that are 0xFFFFFFFF, in order.
  private static func readZIP64Sizes(_ entry: inout Entry, extra: ArraySlice<UInt8>) throws(WorkbookError) {
    let fields = Array(extra)
    var at = 0
    while at + 4 <= fields.count {
      let id = fields.u16(at)
      let length = Int(fields.u16(at + 2))
      guard id == 1 else {
        at += 4 + length
        continue
      }
      var value = at + 4
      let end = value + length
      func next() throws(WorkbookError) -> Int {
        guard value + 8 <= end, end <= fields.count else { throw corrupt("a ZIP64 extra field is too short") }
        defer { value += 8 }
        return fields.u64(value)
      }
      if entry.size == 0xFFFF_FFFF { entry.size = try next() }
      if entry.compressedSize == 0xFFFF_FFFF { entry.compressedSize = try next() }
      if entry.localHeaderOffset == 0xFFFF_FFFF { entry.localHeaderOffset = try next() }
      return
    }
    throw corrupt("an entry says it has ZIP64 sizes but has no ZIP64 extra field")
  }

  /// The offset of the end of central directory record: searched backwards over the largest possible comment.
  private static func endRecord(_ bytes: [UInt8]) throws(WorkbookError) -> Int {
    guard bytes.count >= 22 else { throw truncated() }
    var at = bytes.count - 22
    let lowest = max(0, bytes.count - 22 - 0xFFFF)
    while at >= lowest {
      if bytes[at] == 0x50 && bytes.u32(at) == 0x0605_4b50 && at + 22 + Int(bytes.u16(at + 20)) <= bytes.count {
        return at
      }
      at -= 1
    }
    throw truncated()
  }

  private static func key(_ name: String) -> String {
    var folded = name.lowercased()
    if folded.contains("\\") { folded = folded.replacing("\\", with: "/") }
    return folded.hasPrefix("/") ? String(folded.dropFirst()) : folded
  }

  func contains(_ name: String) -> Bool { entries[Self.key(name)] != nil }

  /// The unpacked bytes of a part, or nil when the archive has no part of that name.
  mutating func read(_ name: String) throws(WorkbookError) -> [UInt8]? {
    guard let entry = entries[Self.key(name)] else { return nil }
    if entry.flags & 1 != 0 {
      throw WorkbookError(
        "the part \(entry.name) is encrypted (a password-protected zip)",
        help: "save the workbook again without a password, as .xlsx")
    }
    guard entry.method == 0 || entry.method == 8 else {
      throw WorkbookError(
        "the part \(entry.name) is compressed with zip method \(entry.method), which qdsl does not read (only stored and deflated parts)",
        help: Self.help)
    }
    guard entry.size <= limits.maxPartSize, entry.size <= limits.maxTotalSize - unpacked else {
      throw WorkbookError(
        "the part \(entry.name) unpacks to \(entry.size) bytes, more than qdsl reads (a zip bomb?)",
        help: "a questionnaire's workbook is a few megabytes; " + Self.help)
    }
    if entry.size > 1 << 20, entry.size / max(entry.compressedSize, 1) > limits.maxRatio {
      throw WorkbookError(
        "the part \(entry.name) packs \(entry.size) bytes into \(entry.compressedSize), more than \(limits.maxRatio) times (a zip bomb?)",
        help: Self.help)
    }
    let local = entry.localHeaderOffset
    guard local <= bytes.count - 30, bytes.u32(local) == 0x0403_4b50 else {
      throw Self.corrupt("the local header of \(entry.name) is missing")
    }
    let start = local + 30 + Int(bytes.u16(local + 26)) + Int(bytes.u16(local + 28))
    guard start <= bytes.count, entry.compressedSize <= bytes.count - start else {
      throw Self.corrupt("the data of \(entry.name) runs past the end of the file")
    }
    let packed = bytes[start..<(start + entry.compressedSize)]
    let data: [UInt8]
    if entry.method == 0 {
      guard entry.compressedSize == entry.size else {
        throw Self.corrupt("the stored part \(entry.name) has two different sizes")
      }
      data = Array(packed)
    } else {
      switch Zlib.inflate(packed, expected: entry.size) {
      case .success(let inflated): data = inflated
      case .failure(.tooLong):
        throw Self.corrupt("the part \(entry.name) unpacks to more than the \(entry.size) bytes it declares")
      case .failure(.tooShort):
        throw Self.corrupt("the part \(entry.name) unpacks to fewer than the \(entry.size) bytes it declares")
      case .failure(.corrupt):
        throw Self.corrupt("the compressed data of \(entry.name) is damaged")
      }
    }
    guard Zlib.crc32(data[...]) == entry.crc else {
      throw Self.corrupt("the part \(entry.name) fails its CRC-32 check")
    }
    unpacked += data.count
    return data
  }

  static func corrupt(_ why: String) -> WorkbookError {
    WorkbookError("the file is a damaged zip archive: \(why)", help: help)
  }

  static func truncated() -> WorkbookError {
    WorkbookError(
      "the file is truncated or damaged: it has no zip directory at its end (an .xlsx file is a zip archive)",
      help: "copy or download the file again, or " + help)
  }

}

extension [UInt8] {
  /// The little-endian 16-bit number at an offset; 0 past the end.
  func u16(_ at: Int) -> UInt16 {
    guard at >= 0, at + 2 <= count else { return 0 }
    return UInt16(self[at]) | UInt16(self[at + 1]) << 8
  }

  /// The little-endian 64-bit number at an offset, as an Int (at most Int.max); 0 past the end.
  func u64(_ at: Int) -> Int {
    guard at >= 0, at + 8 <= count else { return 0 }
    let value = UInt64(u32(at)) | UInt64(u32(at + 4)) << 32
    return Int(clamping: value)
  }

  /// The little-endian 32-bit number at an offset; 0 past the end.
  func u32(_ at: Int) -> UInt32 {
    guard at >= 0, at + 4 <= count else { return 0 }
    return UInt32(self[at]) | UInt32(self[at + 1]) << 8 | UInt32(self[at + 2]) << 16 | UInt32(self[at + 3]) << 24
  }
}
