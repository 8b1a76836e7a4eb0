// The reader of data files: records from chunks of any size, quoted cells with commas, quotes and line breaks,
// and every kind of bad input as one located problem (never a crash or a skipped row).

import QDSLDataValidation
import QDSLFormRuntime
import Testing

@Suite struct DataFileReaderTests {
  /// Every record of `text`, read in chunks of `chunk` bytes, or the problem.
  func read(_ bytes: [UInt8], chunk: Int = 3) -> Result<[DataFileRecord], DataFileProblem> {
    var offset = 0
    var reader = DataFileReader(file: "d.csv") { out in
      guard offset < bytes.count else { return false }
      out += bytes[offset..<min(bytes.count, offset + chunk)]
      offset += chunk
      return true
    }
    var records: [DataFileRecord] = []
    do {
      while let r = try reader.next() { records.append(r) }
    } catch {
      return .failure(error)
    }
    return .success(records)
  }

  func read(_ text: String, chunk: Int = 3) -> Result<[DataFileRecord], DataFileProblem> {
    read(Array(text.utf8), chunk: chunk)
  }

  @Test func testRecordsWithQuotedCellsInAnyChunkSize() throws {
    let text = "record_id,name,note\n1,Anna,\"a, b\"\n2,\"say \"\"hi\"\"\",\"two\nlines\"\n3,,\n"
    for chunk in [1, 2, 7, 1000] {
      let records = try read(text, chunk: chunk).get()
      #expect(
        records.map(\.cells) == [
          ["record_id", "name", "note"], ["1", "Anna", "a, b"], ["2", "say \"hi\"", "two\nlines"], ["3", "", ""],
        ])
      #expect(records.map(\.line) == [1, 2, 3, 5], "a record's line is the line it starts on")
    }
  }

  @Test func testTheSimulatorsLinesReadBack() throws {
    let cells = ["1", "a,b", "say \"hi\"", "x\ny", "", "Müller"]
    let text = FormDataLayout.csvLine(cells.indices.map { "c\($0)" }) + FormDataLayout.csvLine(cells)
    #expect(try read(text).get().last?.cells == cells)
  }

  /// ODK Central and Excel write a UTF-8 byte order mark and CRLF line ends: both are read, in any chunk size, and
  /// a CRLF inside a quoted cell stays in the cell.
  @Test func testAByteOrderMarkAndCRLFAreRead() throws {
    let bytes = [0xEF, 0xBB, 0xBF] + Array("a,b\r\n1,\"x\r\ny\"\r\n2,3\r\n".utf8)
    for chunk in [1, 2, 5, 1000] {
      let records = try read(bytes, chunk: chunk).get()
      #expect(records.map(\.cells) == [["a", "b"], ["1", "x\r\ny"], ["2", "3"]])
      #expect(records.map(\.line) == [1, 2, 4])
    }
  }

  @Test func testEveryKindOfBadInputIsOneLocatedProblem() {
    let cases: [([UInt8], Int, Int, String)] = [
      ([], 1, 1, "the file is empty"),
      ([0xEF, 0xBB, 0x41] + Array("a,b\n".utf8), 1, 1, "not UTF-8"),
      (Array("a,b\r1,2\r".utf8), 1, 4, "carriage return (CR) without a line feed"),
      (Array("a,b\n1,2\r\n3,4\r".utf8), 3, 4, "carriage return (CR) without a line feed"),
      (Array("a;b;c\n1;2;3\n".utf8), 1, 1, "separated by semicolons"),
      (Array("a\tb\n".utf8), 1, 1, "separated by tabs"),
      (Array("a,b\n1,2\n3".utf8), 3, 2, "no line end: the file may be cut off"),
      (Array("a,b\n1,2\n3\n".utf8), 3, 2, "this row has 1 cells, the header has 2"),
      (Array("a,b\n1,\"open\n".utf8), 2, 3, "not closed before the end of the file"),
      (Array("a,b\n1,x\"y\n".utf8), 2, 4, "a quote inside an unquoted cell"),
      (Array("a,b\n1,\"x\"y\n".utf8), 2, 6, "text after a quoted cell"),
      (Array("a,b\n1,".utf8) + [0xFF, 0x41] + Array("\n".utf8), 2, 3, "not valid UTF-8"),
    ]
    for (bytes, line, column, message) in cases {
      switch read(bytes) {
      case .success(let r): Issue.record("\(bytes) read as \(r)")
      case .failure(let p):
        #expect(p.line == line && p.column == column, "\(p)")
        #expect(p.description.hasPrefix("d.csv:\(line):\(column): "), "\(p)")
        #expect(p.message.contains(message), "\(p)")
      }
    }
  }
}
