// KoboToolbox's own CSV download (kpi writes formpack's `to_csv`: every cell quoted, `;` between cells, CRLF line
// ends) rewritten, chunk by chunk, as the comma-separated, LF-ended CSV that DataFileReader reads; any other file
// passes unchanged, so its BOM, CRs or `;` are still reported by the reader.

/// Recognises KoboToolbox's CSV download by its first cell and rewrites it as it streams past.
public struct KoboCSVFilter: Sendable {
  /// Whether the file is KoboToolbox's CSV download (nil until its first cell has been seen).
  public private(set) var isKoboCSV: Bool?
  private var held: [UInt8] = []
  private var inQuotes = false
  private var carriageReturn = false

  public init() {}

  /// The bytes to give the reader for the next chunk of the file; `atEnd` once the file has no more (`chunk` may
  /// then be empty): what was held back to decide is given then.
  public mutating func pass(_ chunk: [UInt8], atEnd: Bool = false) -> [UInt8] {
    if isKoboCSV == nil {
      held += chunk
      guard let decided = Self.decide(held) ?? (atEnd || held.count > 1 << 16 ? false : nil) else { return [] }
      isKoboCSV = decided
      let bytes = held
      held = []
      return decided ? rewrite(bytes, atEnd: atEnd) : bytes
    }
    return isKoboCSV == true ? rewrite(chunk, atEnd: atEnd) : chunk
  }

  /// Whether bytes starting a file are KoboToolbox's CSV: a quoted first cell followed by `;` (nil: not yet known).
  static func decide(_ bytes: [UInt8]) -> Bool? {
    guard let first = bytes.first else { return nil }
    guard first == 0x22 else { return false }
    var i = 1
    while i < bytes.count {
      if bytes[i] == 0x22 {
        guard i + 1 < bytes.count else { return nil }
        if bytes[i + 1] == 0x22 {
          i += 2
          continue
        }
        return bytes[i + 1] == 0x3B
      }
      i += 1
    }
    return nil
  }

  private mutating func rewrite(_ bytes: [UInt8], atEnd: Bool) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    for b in bytes {
      if carriageReturn {
        carriageReturn = false
        if b != 0x0A { out.append(0x0D) }  // a CR alone is left for the reader to report
      }
      if inQuotes {
        if b == 0x22 { inQuotes = false }
        out.append(b)
        continue
      }
      switch b {
      case 0x22:
        inQuotes = true
        out.append(b)
      case 0x3B: out.append(0x2C)
      case 0x0D: carriageReturn = true
      default: out.append(b)
      }
    }
    if atEnd && carriageReturn {
      carriageReturn = false
      out.append(0x0D)
    }
    return out
  }
}
