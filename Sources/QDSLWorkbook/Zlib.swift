// Raw deflate, inflate and CRC-32 through the system's zlib, as the zip entries of an .xlsx file need them.

import CZlib

enum Zlib {
  /// The CRC-32 of the bytes (the zip format's checksum).
  static func crc32(_ bytes: ArraySlice<UInt8>) -> UInt32 {
    bytes.withUnsafeBufferPointer { buffer in
      var crc: uLong = CZlib.crc32(0, nil, 0)
      guard let base = buffer.baseAddress else { return UInt32(truncatingIfNeeded: crc) }
      var offset = 0
      while offset < buffer.count {
        let chunk = min(buffer.count - offset, 1 << 30)
        crc = CZlib.crc32(crc, base + offset, uInt(chunk))
        offset += chunk
      }
      return UInt32(truncatingIfNeeded: crc)
    }
  }

  /// Why raw inflate stopped short of the expected bytes.
  enum InflateFailure: Error {
    /// The compressed data is damaged.
    case corrupt
    /// The data inflates to more than `expected` bytes.
    case tooLong
    /// The data ends before `expected` bytes.
    case tooShort
  }

  /// Inflates raw deflate data (no zlib header) that must give exactly `expected` bytes; never writes more than
  /// that, so a part that lies about its size cannot grow past it.
  static func inflate(_ input: ArraySlice<UInt8>, expected: Int) -> Result<[UInt8], InflateFailure> {
    var stream = z_stream()
    guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      return .failure(.corrupt)
    }
    defer { inflateEnd(&stream) }
    // One spare byte shows whether the data would go on past `expected`.
    var output = [UInt8](repeating: 0, count: expected + 1)
    var status: Int32 = Z_OK
    let produced: Int = input.withUnsafeBufferPointer { source in
      output.withUnsafeMutableBufferPointer { target in
        stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
        stream.avail_in = 0
        stream.next_out = target.baseAddress
        stream.avail_out = 0
        var inputLeft = source.count
        var outputLeft = target.count
        while true {
          if stream.avail_in == 0 && inputLeft > 0 {
            let chunk = min(inputLeft, 1 << 30)
            stream.avail_in = uInt(chunk)
            inputLeft -= chunk
          }
          if stream.avail_out == 0 && outputLeft > 0 {
            let chunk = min(outputLeft, 1 << 30)
            stream.avail_out = uInt(chunk)
            outputLeft -= chunk
          }
          status = CZlib.inflate(&stream, Z_NO_FLUSH)
          if status != Z_OK { break }
          if stream.avail_out == 0 && outputLeft == 0 { break }
          if stream.avail_in == 0 && inputLeft == 0 {
            status = Z_BUF_ERROR
            break
          }
        }
        return target.count - outputLeft - Int(stream.avail_out)
      }
    }
    if produced > expected { return .failure(.tooLong) }
    switch status {
    case Z_STREAM_END:
      guard produced == expected else { return .failure(.tooShort) }
      output.removeLast()
      return .success(output)
    case Z_BUF_ERROR:
      return .failure(.tooShort)
    default:
      return .failure(.corrupt)
    }
  }

  /// Compresses with raw deflate at zlib's default level; the same bytes always give the same output. Nil when zlib
  /// cannot (it could not allocate its state, or the input is beyond what one call takes): the caller stores the
  /// bytes uncompressed instead.
  static func deflate(_ input: [UInt8]) -> [UInt8]? {
    guard input.count < Int(UInt32.max) else { return nil }
    var stream = z_stream()
    let level = Z_DEFAULT_COMPRESSION
    guard
      deflateInit2_(
        &stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        == Z_OK
    else { return nil }
    defer { deflateEnd(&stream) }
    let bound = Int(deflateBound(&stream, uLong(input.count)))
    var output = [UInt8](repeating: 0, count: bound)
    let produced: Int? = input.withUnsafeBufferPointer { source in
      output.withUnsafeMutableBufferPointer { target in
        stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
        stream.avail_in = uInt(source.count)
        stream.next_out = target.baseAddress
        stream.avail_out = uInt(target.count)
        // Into a buffer of deflateBound's size one call finishes; anything else is zlib failing.
        guard CZlib.deflate(&stream, Z_FINISH) == Z_STREAM_END else { return nil }
        return target.count - Int(stream.avail_out)
      }
    }
    guard let produced else { return nil }
    output.removeLast(output.count - produced)
    return output
  }
}
