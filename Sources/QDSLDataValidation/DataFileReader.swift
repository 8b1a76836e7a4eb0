// Reads a data file in qdsl's own layout (FormDataLayout) one record at a time, from chunks of bytes, so memory
// stays bounded however many rows the file has. RFC 4180 with LF line ends and UTF-8 cells; a quoted cell may
// hold commas, doubled quotes and line breaks. A UTF-8 byte order mark is skipped and CRLF ends a line as LF does
// (Excel and ODK Central write both). Everything else is a located problem in words, never a skip: a CR alone,
// bytes that are not a UTF-8 BOM, a header split by `;` or tabs, a quote inside an unquoted cell, an unclosed quote, bytes
// that are not UTF-8, a row with another number of cells than the header, a last line without its line end, an
// empty file.

/// A record of a data file: its cells and the line it starts on (from 1; the header is line 1).
public struct DataFileRecord: Sendable, Equatable {
  public var line: Int
  public var cells: [String]
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

  /// The next record (the header first), or nil at the end of the file.
  public mutating func next() throws(DataFileProblem) -> DataFileRecord? {
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
