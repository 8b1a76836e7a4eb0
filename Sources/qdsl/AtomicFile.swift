// Atomic file writes: the content goes to a temporary file beside the target, then one rename replaces it,
// so a reader never sees a half-written file and a failed write leaves the old file untouched.

import Foundation

enum AtomicFile {
  /// A write that failed, in words for the user.
  struct Failure: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
  }

  /// `permissions` (POSIX mode bits) are given to the new file before the rename, so that a rewritten file
  /// keeps the mode of the one it replaces.
  static func write(_ text: String, to path: String, permissions: Int? = nil) throws {
    try write(bytes: Array(text.utf8), to: path, permissions: permissions)
  }

  /// Writes `bytes` to a temporary file in the target's folder with plain POSIX calls (no copy into `Data`), then
  /// renames it over `path`. On any failure the temporary file is removed and the target is left as it was.
  static func write(bytes: [UInt8], to path: String, permissions: Int? = nil) throws {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)"
    ).path
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
    var failure: String?
    bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count, let base = raw.baseAddress {
        let n = Foundation.write(fd, base + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          failure = String(cString: strerror(errno))
          return
        }
        offset += n
      }
    }
    // The mode is set exactly, whatever the umask.
    if failure == nil, let permissions, fchmod(fd, mode_t(permissions)) != 0 {
      failure = String(cString: strerror(errno))
    }
    if close(fd) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
    if failure == nil && rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
    if let failure {
      unlink(temporary)
      throw Failure(reason: failure)
    }
  }
}

extension AtomicFile {
  /// Replaces several files as one change: every new content is first written to a temporary file beside its
  /// target; only when all are written are they renamed over their targets. A failure before the renames leaves
  /// every file untouched; a failed rename puts back the files already replaced (from `previous`).
  static func writeAll(_ files: [(path: String, bytes: [UInt8], previous: [UInt8], permissions: Int?)]) throws {
    var staged: [(temporary: String, path: String)] = []
    func discard() { for s in staged { unlink(s.temporary) } }
    for (k, f) in files.enumerated() {
      let url = URL(fileURLWithPath: f.path)
      let temporary = url.deletingLastPathComponent().appendingPathComponent(
        ".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(k)"
      ).path
      do {
        try write(bytes: f.bytes, to: temporary, permissions: f.permissions)
      } catch {
        discard()
        throw Failure(reason: "\(f.path): \(error)")
      }
      staged.append((temporary, f.path))
    }
    for (k, s) in staged.enumerated() where rename(s.temporary, s.path) != 0 {
      let reason = String(cString: strerror(errno))
      for undo in 0..<k {
        try? write(bytes: files[undo].previous, to: files[undo].path, permissions: files[undo].permissions)
      }
      for rest in staged[k...] { unlink(rest.temporary) }
      throw Failure(reason: "\(s.path): \(reason)")
    }
  }
}
