// Reads a data file in qdsl's own layout (FormDataLayout) one record at a time, from chunks of bytes, so memory
// stays bounded however many rows the file has. RFC 4180 with LF line ends and UTF-8 cells; a quoted cell may
// hold commas, doubled quotes and line breaks. A UTF-8 byte order mark is skipped and CRLF ends a line as LF does
// (Excel and ODK Central write both). Everything else is a located problem in words, never a skip: a CR alone,
// bytes that are not a UTF-8 BOM, a header split by `;` or tabs, a quote inside an unquoted cell, an unclosed quote, bytes
// that are not UTF-8, a row with another number of cells than the header, a last line without its line end, an
// empty file.
// A record that lies whole in the buffer, without quotes or CRs, is cut into cells in one pass over its bytes
// (`nextRow`); any other record, and every problem, goes byte by byte, so every problem is located the same way.

/// A record of a data file: its cells and the line it starts on (from 1; the header is line 1).
public struct DataFileRecord: Sendable, Equatable {
  public var line: Int
  public var cells: [String]
}

/// A record as bytes: its cells one after another in `bytes` (cell `k` is `bytes[cells[k]]`, without quotes or
/// doubled quotes) and the line it starts on. Reused from record to record by `DataFileReader.nextRow(into:)`, so
/// reading a record allocates nothing; every cell is valid UTF-8.
public struct DataFileRow: Sendable, Equatable {
  public var line = 0
  public var bytes: [UInt8] = []
  public var cells: [Range<Int>] = []

  public init() {}

  /// The number of cells.
  @inlinable
  public var count: Int { cells.count }

  /// Whether cell `k` is empty.
  @inlinable
  public func isEmpty(_ k: Int) -> Bool { cells[k].isEmpty }

  /// Cell `k` as a string.
  @inlinable
  public func text(_ k: Int) -> String { String(decoding: bytes[cells[k]], as: UTF8.self) }

  /// Whether cell `k` is exactly `byte` (one ASCII character, such as `1` or `0`).
  @inlinable
  public func isByte(_ k: Int, _ byte: UInt8) -> Bool {
    let r = cells[k]
    return r.count == 1 && bytes[r.lowerBound] == byte
  }

  /// Cell `k` as a whole number written in ASCII digits with an optional sign (as `Int(_:)` reads it), or nil.
  @inlinable
  public func integer(_ k: Int) -> Int? {
    let r = cells[k]
    guard !r.isEmpty else { return nil }
    return bytes.withUnsafeBufferPointer { b -> Int? in
      var i = r.lowerBound
      let negative = b[i] == 0x2D
      if negative || b[i] == 0x2B { i += 1 }
      guard i < r.upperBound else { return nil }
      var n = 0
      while i < r.upperBound {
        let d = b[i] &- 0x30
        guard d < 10 else { return nil }
        let (m, o1) = n.multipliedReportingOverflow(by: 10)
        let (a, o2) = negative ? m.subtractingReportingOverflow(Int(d)) : m.addingReportingOverflow(Int(d))
        guard !o1 && !o2 else { return nil }
        n = a
        i += 1
      }
      return n
    }
  }

  /// The record with its cells as strings.
  public var record: DataFileRecord {
    DataFileRecord(line: line, cells: cells.map { String(decoding: bytes[$0], as: UTF8.self) })
  }

  mutating func set(_ record: DataFileRecord) {
    line = record.line
    bytes.removeAll(keepingCapacity: true)
    cells.removeAll(keepingCapacity: true)
    for cell in record.cells {
      let start = bytes.count
      bytes.append(contentsOf: cell.utf8)
      cells.append(start..<bytes.count)
    }
  }
}

/// A data file that cannot be read, located by line and column (from 1, counted in characters).
public struct DataFileProblem: Error, Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  public var message: String

  public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// Reads records from a byte source: `read` appends the next chunk to its argument and returns false at the end.
public struct DataFileReader {
  public let file: String
  private let read: (inout [UInt8]) -> Bool
  private var buffer: [UInt8] = []
  private var position = 0
  private var atEnd = false
  private var line = 1
  private var column = 1
  /// The row `next()` cuts a record into before making its strings.
  private var scratch = DataFileRow()
  /// The number of cells of the header, once read.
  public private(set) var width: Int?

  public init(file: String, read: @escaping (inout [UInt8]) -> Bool) {
    self.file = file
    self.read = read
  }

  /// A reader of bytes held in memory (for tests and small files).
  public init(file: String, bytes: [UInt8]) {
    var given = false
    self.init(file: file) { out in
      guard !given else { return false }
      given = true
      out += bytes
      return true
    }
  }

  private func problem(_ line: Int, _ column: Int, _ message: String) -> DataFileProblem {
    DataFileProblem(file: file, line: line, column: column, message: message)
  }

  /// The next byte without taking it, reading another chunk when the buffer is used up.
  private mutating func peek() -> UInt8? {
    while position >= buffer.count {
      if atEnd { return nil }
      buffer.removeAll(keepingCapacity: true)
      position = 0
      if !read(&buffer) { atEnd = true }
    }
    return buffer[position]
  }

  private mutating func take() -> UInt8 {
    let b = buffer[position]
    position += 1
    if b == 0x0A {
      line += 1
      column = 1
    } else if b & 0xC0 != 0x80 {
      column += 1
    }
    return b
  }

  /// The next record (the header first) into `row`, reusing its memory; false at the end of the file. The same
  /// records and the same problems as `next()`, several times faster: use it for files of many rows.
  public mutating func nextRow(into row: inout DataFileRow) throws(DataFileProblem) -> Bool {
    if let width, position < buffer.count, fastRow(into: &row, width: width) { return true }
    guard let record = try nextByBytes() else { return false }
    row.set(record)
    return true
  }

  /// The record at `position` when it lies whole in the buffer and needs no care (no quote, no CR, valid UTF-8,
  /// `width` cells): cut in one pass. False, with nothing taken, for any other record.
  private mutating func fastRow(into row: inout DataFileRow, width: Int) -> Bool {
    let start = position
    let found = buffer.withUnsafeBufferPointer { b -> Bool in
      guard let base = b.baseAddress else { return false }
      var cells = 0
      var cellStart = start
      var i = start
      var plain = true
      var ascii = true
      row.cells.removeAll(keepingCapacity: true)
      while i < b.count {
        let c = base[i]
        if c == 0x0A { break }
        if c == 0x2C {
          row.cells.append((cellStart - start)..<(i - start))
          cells += 1
          cellStart = i + 1
        } else if c == 0x22 || c == 0x0D {
          plain = false
          break
        } else if c >= 0x80 {
          ascii = false
        }
        i += 1
      }
      guard plain, i < b.count else { return false }
      row.cells.append((cellStart - start)..<(i - start))
      guard cells + 1 == width else { return false }
      row.bytes.removeAll(keepingCapacity: true)
      row.bytes.append(contentsOf: UnsafeBufferPointer(start: base + start, count: i - start))
      if !ascii {
        for r in row.cells where String(validating: row.bytes[r], as: UTF8.self) == nil { return false }
      }
      position = i + 1
      return true
    }
    guard found else { return false }
    row.line = line
    line += 1
    column = 1
    return true
  }

  /// The next record (the header first), or nil at the end of the file.
  public mutating func next() throws(DataFileProblem) -> DataFileRecord? {
    if let width, position < buffer.count {
      var row = DataFileRow()
      swap(&row, &scratch)
      defer { swap(&row, &scratch) }
      if fastRow(into: &row, width: width) { return row.record }
    }
    return try nextByBytes()
  }

  /// The next record read byte by byte: any record, and the place of every problem.
  private mutating func nextByBytes() throws(DataFileProblem) -> DataFileRecord? {
    if line == 1 && column == 1 && width == nil {
      guard let first = peek() else { throw problem(1, 1, "the file is empty: expected a header row") }
      // A UTF-8 byte order mark (Excel and ODK Central write one) is skipped.
      if first == 0xEF {
        for expected: UInt8 in [0xEF, 0xBB, 0xBF] {
          guard peek() == expected else {
            throw problem(1, 1, "the file starts with bytes that are not UTF-8: save it as UTF-8")
          }
          _ = take()
        }
        column = 1
      }
    }
    guard peek() != nil else { return nil }
    let start = line
    var cells: [String] = []
    var cell: [UInt8] = []
    var cellLine = line
    var cellColumn = column
    func finishCell() throws(DataFileProblem) {
      guard let text = String(validating: cell, as: UTF8.self) else {
        throw problem(cellLine, cellColumn, "this cell is not valid UTF-8: save the file as UTF-8")
      }
      cells.append(text)
      cell.removeAll(keepingCapacity: true)
    }
    while true {
      guard let b = peek() else {
        throw problem(line, column, "the last line has no line end: the file may be cut off")
      }
      if b == 0x22 {
        guard cell.isEmpty else {
          throw problem(line, column, "a quote inside an unquoted cell: quote the whole cell and double the quote")
        }
        let (openLine, openColumn) = (line, column)
        _ = take()
        while true {
          guard let q = peek() else {
            throw problem(openLine, openColumn, "this quoted cell is not closed before the end of the file")
          }
          _ = take()
          if q == 0x22 {
            if peek() == 0x22 {
              _ = take()
              cell.append(0x22)
            } else {
              break
            }
          } else {
            cell.append(q)
          }
        }
        guard let after = peek(), after == 0x2C || after == 0x0A || after == 0x0D else {
          if peek() == nil { continue }
          throw problem(line, column, "text after a quoted cell: a cell ends at its closing quote")
        }
        continue
      }
      // CRLF ends a line as LF does; a CR alone is an old Mac line end.
      if b == 0x0D {
        let (crLine, crColumn) = (line, column)
        _ = take()
        guard peek() == 0x0A else {
          throw problem(crLine, crColumn, "a carriage return (CR) without a line feed: lines end in LF or CRLF")
        }
        continue
      }
      if b == 0x2C {
        try finishCell()
        _ = take()
        cellLine = line
        cellColumn = column
        continue
      }
      if b == 0x0A {
        try finishCell()
        let (endLine, endColumn) = (line, column)
        _ = take()
        if let width {
          guard cells.count == width else {
            throw problem(
              endLine, endColumn, "this row has \(cells.count) cells, the header has \(width)")
          }
        } else {
          if cells.count == 1, let only = cells.first, only.contains(";") || only.contains("\t") {
            let sep = only.contains(";") ? "semicolons" : "tabs"
            throw problem(1, 1, "the header is one column separated by \(sep): separate cells with commas")
          }
          width = cells.count
        }
        return DataFileRecord(line: start, cells: cells)
      }
      cell.append(take())
    }
  }
}
