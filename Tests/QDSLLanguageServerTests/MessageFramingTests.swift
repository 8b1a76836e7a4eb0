// The header reader is linear and bounded: megabytes without the end of a header are reported once as a malformed
// header and skipped while holding a few kilobytes, and the next well-framed message is read as usual.

import Foundation
import Testing

@testable import QDSLLanguageServer

@Suite struct MessageFramingTests {
  /// The frames read from `input`, written into a pipe by another thread, and the reader's largest header buffer.
  private func frames(_ input: [UInt8]) -> ([Frame], Int) {
    let pipe = Pipe()
    let writer = pipe.fileHandleForWriting
    Thread {
      writer.write(Data(input))
      try? writer.close()
    }.start()
    let reader = MessageReader(fd: pipe.fileHandleForReading.fileDescriptor)
    var out: [Frame] = []
    while let f = reader.next() { out.append(f) }
    return (out, reader.peakHeaderBuffer)
  }

  private func describe(_ frames: [Frame]) -> [String] {
    frames.map {
      switch $0 {
      case .message(let body): return "message " + String(decoding: body, as: UTF8.self)
      case .badHeader: return "bad header"
      }
    }
  }

  @Test func testMegabytesWithoutAHeaderEndAreSkippedInOnePass() {
    let valid = Array("Content-Length: 2\r\n\r\n{}".utf8)
    for junk in [
      Array(repeating: UInt8(ascii: "a"), count: 16 << 20),
      Array("Content-Length: 5\r\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 16 << 20),
      Array(repeating: UInt8(ascii: "\r"), count: 4 << 20),
    ] {
      let started = Date()
      let (read, peak) = frames(junk + valid)
      #expect(describe(read) == ["bad header", "message {}"])
      #expect(peak < MessageReader.maxHeader + (1 << 17), "the junk was buffered")
      // Linear: a rescan from the start after each read took minutes here.
      #expect(Date().timeIntervalSince(started) < 20)
    }
  }

  @Test func testAHeaderLongerThanTheLimitIsRefusedEvenWhenItEnds() {
    let long =
      "Content-Length: 2\r\nX-Padding: " + String(repeating: "p", count: MessageReader.maxHeader) + "\r\n\r\n{}"
    let (read, _) = frames(Array((long + "Content-Length: 4\r\n\r\nnull").utf8))
    #expect(describe(read) == ["bad header", "message null"])
    let (ok, _) = frames(Array("Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc\r\n\r\n[]".utf8))
    #expect(describe(ok) == ["message []"])
  }
}
