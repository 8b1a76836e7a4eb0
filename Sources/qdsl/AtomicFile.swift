// Atomic file writes: the content goes to a temporary file beside the target, then one rename replaces it,
// so a reader never sees a half-written file and a failed write leaves the old file untouched.

import Foundation

enum AtomicFile {
  /// `permissions` (POSIX mode bits) are given to the new file before the rename, so that a rewritten file
  /// keeps the mode of the one it replaces.
  static func write(_ text: String, to path: String, permissions: Int? = nil) throws {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent()
    let temporary = directory.appendingPathComponent(
      ".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
    do {
      try Data(text.utf8).write(to: temporary)
      if let permissions {
        try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
      }
      guard rename(temporary.path, url.path) == 0 else {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
  }
}
