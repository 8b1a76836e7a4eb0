// The fast way through a data file (DataFileReader.nextRow, cells as slices of one buffer) reads the same records
// and finds the same problems, at the same places, as the record-by-record reader, whatever the chunk size; and
// ParallelRecordPipeline hands the results over in the file's order.

import QDSLDataValidation
import QDSLFormRuntime
import QDSLText
import Testing

@Suite struct DataFileRowTests {
  func reader(_ bytes: [UInt8], chunk: Int) -> DataFileReader {
    var offset = 0
    return DataFileReader(file: "d.csv") { out in
      guard offset < bytes.count else { return false }
      out += bytes[offset..<min(bytes.count, offset + chunk)]
      offset += chunk
      return true
    }
  }

  /// Every record through `nextRow`, as records, or the problem.
  func rows(_ bytes: [UInt8], chunk: Int) -> Result<[DataFileRecord], DataFileProblem> {
    var r = reader(bytes, chunk: chunk)
    var row = DataFileRow()
    var out: [DataFileRecord] = []
    do {
      while try r.nextRow(into: &row) { out.append(row.record) }
    } catch {
      return .failure(error)
    }
    return .success(out)
  }

  /// Every record through `next`, in chunks of one byte (never the one-pass cut).
  func records(_ bytes: [UInt8]) -> Result<[DataFileRecord], DataFileProblem> {
    var r = reader(bytes, chunk: 1)
    var out: [DataFileRecord] = []
    do {
      while let record = try r.next() { out.append(record) }
    } catch {
      return .failure(error)
    }
    return .success(out)
  }

  /// Files with good rows and one bad row somewhere after many good ones, so the one-pass cut runs before it.
  var files: [[UInt8]] {
    var good = "record_id,name,note\n"
    for k in 1...300 { good += "\(k),Anna \(k),\(k % 7 == 0 ? "\"a, \"\"b\"\"\"" : "Müller")\n" }
    let bad: [[UInt8]] = [
      Array("1,2\n".utf8), Array("1,2,3,4\n".utf8), Array("1,2,3\r\n".utf8), Array("1,x\"y,3\n".utf8),
      Array("1,\"x\"y,3\n".utf8), Array("1,".utf8) + [0xFF, 0x41] + Array(",3\n".utf8), Array("1,2,3".utf8),
      Array("1,\"open,3\n".utf8), Array("1,,\n".utf8), Array("\n".utf8),
    ]
    return [Array(good.utf8)] + bad.map { Array(good.utf8) + $0 + Array("9,9,9\n".utf8) }
  }

  @Test func testRowsReadTheSameRecordsAndProblemsAsRecords() {
    for file in files {
      let expected = records(file)
      for chunk in [1, 3, 64, 1000, 1 << 20] {
        let got = rows(file, chunk: chunk)
        switch (expected, got) {
        case (.success(let a), .success(let b)): #expect(a == b, "chunk \(chunk)")
        case (.failure(let a), .failure(let b)): #expect(a == b, "chunk \(chunk)")
        default: Issue.record("chunk \(chunk): \(expected) but \(got)")
        }
        // `next` on bigger chunks takes the one-pass cut too: still the same.
        var r = reader(file, chunk: chunk)
        var out: [DataFileRecord] = []
        let viaNext = Result { () throws(DataFileProblem) -> [DataFileRecord] in
          while let record = try r.next() { out.append(record) }
          return out
        }
        switch (expected, viaNext) {
        case (.success(let a), .success(let b)): #expect(a == b, "next, chunk \(chunk)")
        case (.failure(let a), .failure(let b)): #expect(a == b, "next, chunk \(chunk)")
        default: Issue.record("next, chunk \(chunk): \(expected) but \(viaNext)")
        }
      }
    }
    #expect(
      (try? records(files[0]).get().count) == 301, "the good file has a header and 300 rows")
  }

  @Test func testCellsAsWholeNumbersReadAsIntDoes() {
    let texts = [
      "0", "7", "-3", "+4", "", "-", "+", "12a", " 1", "1.0", "9223372036854775807", "9223372036854775808",
      "-9223372036854775808", "-9223372036854775809", "٣", "00012",
    ]
    var row = DataFileRow()
    var r = reader(
      Array((texts.indices.map { "c\($0)" }.joined(separator: ",") + "\n" + texts.joined(separator: ",") + "\n").utf8),
      chunk: 1 << 16)
    #expect((try? r.nextRow(into: &row)) == true)
    #expect((try? r.nextRow(into: &row)) == true)
    for (k, text) in texts.enumerated() {
      #expect(row.integer(k) == Int(text), "\(text)")
      #expect(row.text(k) == text)
      #expect(row.isEmpty(k) == text.isEmpty)
      #expect(row.isByte(k, 0x37) == (text == "7"))
    }
  }

  @Test func testThePipelineEmitsInTheFilesOrderWithBoundedBatches() throws {
    var text = "record_id,x\n"
    for k in 1...10_000 { text += "\(k),\(k % 13)\n" }
    for workers in [1, 2, 3] {
      var r = reader(Array(text.utf8), chunk: 4096)
      var header = DataFileRow()
      _ = try r.nextRow(into: &header)
      var seen: [Int] = []
      try ParallelRecordPipeline.run(
        workers: workers, batchSize: 97, read: { row throws(DataFileProblem) in try r.nextRow(into: &row) },
        makeCheck: { { (batch: [DataFileRow]) -> [Int] in batch.map { $0.integer(0) ?? -1 } } },
        emit: { (found: [Int]) throws(DataFileProblem) in seen += found })
      #expect(seen == Array(1...10_000), "\(workers) workers")
    }
  }

  @Test func testAProblemStopsThePipelineAndIsThrown() {
    var text = "record_id,x\n"
    for k in 1...5_000 { text += "\(k),1\n" }
    text += "5001\n"
    for k in 5_002...6_000 { text += "\(k),1\n" }
    var r = reader(Array(text.utf8), chunk: 4096)
    var header = DataFileRow()
    _ = try? r.nextRow(into: &header)
    var emitted = 0
    do throws(DataFileProblem) {
      try ParallelRecordPipeline.run(
        workers: 2, batchSize: 100, read: { row throws(DataFileProblem) in try r.nextRow(into: &row) },
        makeCheck: { { (batch: [DataFileRow]) -> Int in batch.count } },
        emit: { (n: Int) throws(DataFileProblem) in emitted += n })
      Issue.record("the ragged row was not thrown")
    } catch {
      #expect(error.line == 5_002 && error.message.contains("this row has 1 cells"), "\(error)")
      #expect(emitted <= 5_000)
    }
  }
}
