// JSON-RPC base protocol framing: `Content-Length` headers, `\r\n\r\n`, then the body; read from and written to
// file descriptors. A malformed or overlong header is reported and skipped up to the next `Content-Length`.

import Foundation
import QDSLText

/// One framed message read from the input, or why none could be read.
enum Frame {
  case message([UInt8])
  /// The header block was malformed; the reader has skipped ahead.
  case badHeader(String)
}

/// Reads framed messages from a file descriptor (blocking). Used by the reader thread only. Every byte is examined
/// a bounded number of times, and only a message's body is buffered whole: a header longer than `maxHeader`
/// is reported and skipped like any malformed one.
final class MessageReader {
  private let fd: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  /// Where the search for the end of the header at `start` resumes: no `\r\n\r\n` begins before it.
  private var scanned = 0
  private var eof = false
  /// Set after a malformed header: skip to the next `Content-Length` before reading on.
  private var needsResync = false
  /// Bodies larger than this are refused (the header is treated as malformed).
  static let maxBody = 256 << 20
  /// Headers longer than this are refused: an LSP header is a line or two.
  static let maxHeader = 8 << 10
  /// The most bytes held at once that were not a body (for the tests).
  private(set) var peakHeaderBuffer = 0

  init(fd: Int32) { self.fd = fd }

  private static let headerEnd: [UInt8] = [0x0D, 0x0A, 0x0D, 0x0A]

  /// The next frame, or nil at the end of the input.
  func next() -> Frame? {
    if needsResync {
      needsResync = false
      resync()
    }
    while true {
      if let end = find(MessageReader.headerEnd, from: max(start, scanned)) {
        let header = String(decoding: buffer[start..<min(end, start + MessageReader.maxHeader + 1)], as: UTF8.self)
        let isOverlong = end - start > MessageReader.maxHeader
        start = end + 4
        scanned = start
        guard !isOverlong, let length = MessageReader.contentLength(header) else {
          needsResync = true
          return .badHeader("the message header has no valid Content-Length: \(header.prefix(80))")
        }
        while buffer.count - start < length {
          if !fill() { return nil }
        }
        let body = Array(buffer[start..<start + length])
        start += length
        scanned = start
        compact()
        return .message(body)
      }
      // Not found: the search resumes where a split `\r\n\r\n` could begin.
      scanned = max(start, buffer.count - (MessageReader.headerEnd.count - 1))
      peakHeaderBuffer = max(peakHeaderBuffer, buffer.count - start)
      if buffer.count - start > MessageReader.maxHeader {
        let prefix = String(decoding: buffer[start..<(start + 80)], as: UTF8.self)
        // Skipped, all but the bytes a split `Content-Length` could begin in, so that the search goes on after it.
        start = max(start + 1, buffer.count - (MessageReader.marker.count - 1))
        scanned = start
        compact()
        needsResync = true
        return .badHeader(
          "the message header is longer than \(MessageReader.maxHeader) bytes without ending in an empty line: \(prefix)"
        )
      }
      if !fill() { return nil }
    }
  }

  static func contentLength(_ header: String) -> Int? {
    var length: Int?
    for line in header.split(separator: "\r\n", omittingEmptySubsequences: false) {
      guard let colon = line.firstIndex(of: ":") else { return nil }
      let name = line[..<colon].lowercased()
      let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      if name == "content-length" {
        guard let n = Int(value), n >= 0, n <= maxBody else { return nil }
        length = n
      }
    }
    return length
  }

  private static let marker = Array("Content-Length".utf8)

  /// Skips to the next `Content-Length` after a malformed header, holding at most a read's worth of bytes.
  private func resync() {
    let marker = MessageReader.marker
    while true {
      if let at = find(marker, from: start) {
        start = at
        scanned = start
        compact()
        return
      }
      // Keep the last bytes in case the marker is split across reads.
      start = max(start, buffer.count - (marker.count - 1))
      scanned = start
      compact()
      if !fill() { return }
    }
  }

  private func find(_ pattern: [UInt8], from: Int) -> Int? {
    guard buffer.count >= pattern.count else { return nil }
    var i = from
    let last = buffer.count - pattern.count
    while i <= last {
      if buffer[i] == pattern[0] {
        var k = 1
        while k < pattern.count && buffer[i + k] == pattern[k] { k += 1 }
        if k == pattern.count { return i }
      }
      i += 1
    }
    return nil
  }

  private func compact() {
    if start > 1 << 16 || start == buffer.count {
      buffer.removeSubrange(0..<start)
      scanned -= start
      start = 0
    }
  }

  /// Reads more bytes; false at the end of the input.
  private func fill() -> Bool {
    if eof { return false }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n > 0 {
        buffer.append(contentsOf: chunk[0..<n])
        return true
      }
      if n < 0 && errno == EINTR { continue }
      eof = true
      return false
    }
  }
}

/// Writes framed messages to a file descriptor; safe to call from any thread.
final class MessageWriter: @unchecked Sendable {
  private let fd: Int32
  private let lock = NSLock()

  init(fd: Int32) { self.fd = fd }

  func send(_ message: JSON) {
    let body = message.bytes(.compact)
    var data = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
    data.append(contentsOf: body)
    lock.lock()
    defer { lock.unlock() }
    var offset = 0
    while offset < data.count {
      let n = data[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return }
      offset += n
    }
  }
}
