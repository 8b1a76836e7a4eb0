// JSON-RPC base protocol framing: `Content-Length` headers, `\r\n\r\n`, then the body; read from and written to
// file descriptors. A malformed header is reported and skipped up to the next `Content-Length`.

import Foundation
import QDSLText

/// One framed message read from the input, or why none could be read.
enum Frame {
  case message([UInt8])
  /// The header block was malformed; the reader has skipped ahead.
  case badHeader(String)
}

/// Reads framed messages from a file descriptor (blocking). Used by the reader thread only.
final class MessageReader {
  private let fd: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  private var eof = false
  /// Set after a malformed header: skip to the next `Content-Length` before reading on.
  private var needsResync = false
  /// Bodies larger than this are refused (the header is treated as malformed).
  static let maxBody = 256 << 20

  init(fd: Int32) { self.fd = fd }

  /// The next frame, or nil at the end of the input.
  func next() -> Frame? {
    if needsResync {
      needsResync = false
      resync()
    }
    while true {
      if let end = find([0x0D, 0x0A, 0x0D, 0x0A], from: start) {
        let header = String(decoding: buffer[start..<end], as: UTF8.self)
        start = end + 4
        guard let length = MessageReader.contentLength(header) else {
          needsResync = true
          return .badHeader("the message header has no valid Content-Length: \(header.prefix(80))")
        }
        while buffer.count - start < length {
          if !fill() { return nil }
        }
        let body = Array(buffer[start..<start + length])
        start += length
        compact()
        return .message(body)
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

  /// Skips to the next `Content-Length` after a malformed header.
  private func resync() {
    let marker = Array("Content-Length".utf8)
    while true {
      if let at = find(marker, from: start) {
        start = at
        compact()
        return
      }
      // Keep the last bytes in case the marker is split across reads.
      start = max(start, buffer.count - marker.count)
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
