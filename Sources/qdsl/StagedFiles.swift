// Several files written as one change, streamed: each is written piece by piece into a temporary file beside its
// target, and only when every one is complete are they renamed over their targets. Nothing is held in memory, so
// files of any size can be written; a failure at any point removes the temporary files and leaves the targets
// as they were.

import Foundation

/// Temporary files beside their targets, filled by `append` and put in place together by `commit`.
final class StagedFiles {
  private var targets: [String]
  private var temporaries: [String] = []
  private var descriptors: [Int32] = []
  private var finished = false

  /// Opens one temporary file per target (in the target's folder, so the rename is atomic).
  init(_ paths: [String]) throws {
    targets = paths
    let pid = ProcessInfo.processInfo.processIdentifier
    for (k, path) in paths.enumerated() {
      let url = URL(fileURLWithPath: path)
      let temporary = url.deletingLastPathComponent().appendingPathComponent(
        ".\(url.lastPathComponent).tmp-\(pid)-\(k)"
      ).path
      let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      guard fd >= 0 else {
        let reason = String(cString: strerror(errno))
        discard()
        throw AtomicFile.Failure(reason: "\(path): \(reason)")
      }
      temporaries.append(temporary)
      descriptors.append(fd)
    }
  }

  deinit { if !finished { discard() } }

  /// Appends `bytes` to the file of target `k`.
  func append(_ bytes: [UInt8], to k: Int) throws {
    var failure: String?
    bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count, let base = raw.baseAddress {
        let n = Foundation.write(descriptors[k], base + offset, raw.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          failure = String(cString: strerror(errno))
          return
        }
        offset += n
      }
    }
    if let failure {
      discard()
      throw AtomicFile.Failure(reason: "\(targets[k]): \(failure)")
    }
  }

  /// Closes every file and renames them over their targets. A failed rename puts back the targets already
  /// replaced (the old files are kept as hard links until every rename is done).
  func commit() throws {
    for (k, fd) in descriptors.enumerated() where fd >= 0 {
      descriptors[k] = -1
      if close(fd) != 0 {
        let reason = String(cString: strerror(errno))
        discard()
        throw AtomicFile.Failure(reason: "\(targets[k]): \(reason)")
      }
    }
    var backups: [String?] = []
    func dropBackups() { for case let b? in backups { unlink(b) } }
    for (k, temporary) in temporaries.enumerated() {
      let backup = temporary + ".old"
      unlink(backup)
      backups.append(link(targets[k], backup) == 0 ? backup : nil)
      if rename(temporary, targets[k]) != 0 {
        let reason = String(cString: strerror(errno))
        for undo in 0..<k {
          if let b = backups[undo] { rename(b, targets[undo]) } else { unlink(targets[undo]) }
        }
        if let b = backups[k] { unlink(b) }
        for rest in temporaries[k...] { unlink(rest) }
        finished = true
        throw AtomicFile.Failure(reason: "\(targets[k]): \(reason)")
      }
    }
    dropBackups()
    finished = true
  }

  /// Closes and removes every temporary file; the targets stay as they were.
  func discard() {
    for fd in descriptors where fd >= 0 { close(fd) }
    descriptors = descriptors.map { _ in -1 }
    for t in temporaries { unlink(t) }
    finished = true
  }
}
