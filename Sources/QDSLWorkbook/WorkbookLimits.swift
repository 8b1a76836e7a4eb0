// The bounds an .xlsx file must stay within, so a hostile file (a zip bomb, a sheet of millions of cells) fails
// with a clear error instead of filling the memory.

/// The bounds `Workbook(xlsx:limits:)` holds a file to. The defaults are far above any questionnaire (a
/// 5,000-row four-language XLSForm unpacks to a few megabytes) and far below what would hurt the machine.
public struct WorkbookLimits: Sendable, Equatable {
  /// The largest size of one unpacked part (a worksheet, the shared strings), in bytes.
  public var maxPartSize: Int
  /// The largest size of all the parts read, unpacked, in bytes.
  public var maxTotalSize: Int
  /// The largest ratio of unpacked to packed size, for parts that unpack to more than a megabyte (ordinary
  /// spreadsheet XML packs 5 to 50 times; a zip bomb a thousand times).
  public var maxRatio: Int
  /// The most cells a sheet may span, counting the empty cells before its last filled cell in each row.
  public var maxCells: Int

  public init(
    maxPartSize: Int = 256 << 20, maxTotalSize: Int = 512 << 20, maxRatio: Int = 200, maxCells: Int = 20_000_000
  ) {
    self.maxPartSize = maxPartSize
    self.maxTotalSize = maxTotalSize
    self.maxRatio = maxRatio
    self.maxCells = maxCells
  }

  /// The bounds used unless a caller says otherwise.
  public static let standard = WorkbookLimits()
}
