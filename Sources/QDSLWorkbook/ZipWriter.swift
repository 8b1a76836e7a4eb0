// A zip writer for the container of an .xlsx file: deflated parts with fixed timestamps, so the same parts always
// give the same bytes.

struct ZipWriter {
  private var output: [UInt8] = []
  private var directory: [UInt8] = []
  private var count = 0

  /// Adds a part, deflated (stored as it is when zlib cannot deflate it). Parts are written in the order they are
  /// added.
  mutating func add(_ name: String, _ data: [UInt8]) {
    let deflated = Zlib.deflate(data)
    add(name, data, packed: deflated ?? data, method: deflated == nil ? 0 : 8)
  }

  /// Adds a part already packed with `method` (8 deflate, 0 stored).
  mutating func add(_ name: String, _ data: [UInt8], packed: [UInt8], method: UInt16) {
    let crc = Zlib.crc32(data[...])
    let nameBytes = Array(name.utf8)
    let offset = output.count
    // 1980-01-01 00:00, the zip format's earliest time; bit 11: the name is UTF-8.
    let (time, date, flags): (UInt16, UInt16, UInt16) = (0, 0x21, 0x0800)
    output.appendU32(0x0403_4b50)
    output.appendU16(20)
    output.appendU16(flags)
    output.appendU16(method)
    output.appendU16(time)
    output.appendU16(date)
    output.appendU32(crc)
    output.appendU32(UInt32(packed.count))
    output.appendU32(UInt32(data.count))
    output.appendU16(UInt16(nameBytes.count))
    output.appendU16(0)
    output.append(contentsOf: nameBytes)
    output.append(contentsOf: packed)

    directory.appendU32(0x0201_4b50)
    directory.appendU16(20)
    directory.appendU16(20)
    directory.appendU16(flags)
    directory.appendU16(method)
    directory.appendU16(time)
    directory.appendU16(date)
    directory.appendU32(crc)
    directory.appendU32(UInt32(packed.count))
    directory.appendU32(UInt32(data.count))
    directory.appendU16(UInt16(nameBytes.count))
    directory.appendU16(0)  // extra field
    directory.appendU16(0)  // comment
    directory.appendU16(0)  // disk
    directory.appendU16(0)  // internal attributes
    directory.appendU32(0)  // external attributes
    directory.appendU32(UInt32(offset))
    directory.append(contentsOf: nameBytes)
    count += 1
  }

  /// The archive: the parts, the central directory and its end record.
  func finish() -> [UInt8] {
    var bytes = output
    let directoryOffset = bytes.count
    bytes.append(contentsOf: directory)
    bytes.appendU32(0x0605_4b50)
    bytes.appendU16(0)
    bytes.appendU16(0)
    bytes.appendU16(UInt16(count))
    bytes.appendU16(UInt16(count))
    bytes.appendU32(UInt32(directory.count))
    bytes.appendU32(UInt32(directoryOffset))
    bytes.appendU16(0)
    return bytes
  }
}

extension [UInt8] {
  fileprivate mutating func appendU16(_ value: UInt16) {
    append(UInt8(value & 0xFF))
    append(UInt8(value >> 8))
  }

  fileprivate mutating func appendU32(_ value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
  }
}
