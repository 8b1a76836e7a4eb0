// Reading the old side of `qdsl diff --git REV FILE` from git (`git show REV:path`), with a clear error when
// git is missing, the file is not in a repository, or the revision or the file in it does not exist.

import Foundation
import QDSLSemantics
import QDSLSyntax

enum GitRevision {
  /// The output of one git run.
  struct Output {
    var status: Int32
    var stdout: Data
    var stderr: String
  }

  /// The file's content at `revision`, shown as `REV:path` (path from the repository root).
  static func read(_ revision: String, _ path: String) -> Result<InputFile, UsageError> {
    guard let git = findGit() else {
      return .failure(UsageError(message: "--git needs git, but git was not found on PATH"))
    }
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent().path
    let name = url.lastPathComponent
    guard let prefix = run(git, ["-C", directory, "rev-parse", "--show-prefix"]), prefix.status == 0 else {
      return .failure(
        UsageError(message: "\(path) is not inside a git repository, so --git cannot read its old revision"))
    }
    let inRepository = String(decoding: prefix.stdout, as: UTF8.self).trimmingCharacters(in: .newlines) + name
    guard !revision.hasPrefix("-"),
      let verified = run(git, ["-C", directory, "rev-parse", "--verify", "--quiet", revision + "^{commit}"]),
      verified.status == 0
    else {
      return .failure(
        UsageError(
          message: "git has no revision '\(revision)' (check the name, or fetch it first: git fetch origin)"))
    }
    let object = revision + ":" + inRepository
    guard let exists = run(git, ["-C", directory, "cat-file", "-e", object]), exists.status == 0 else {
      return .failure(
        UsageError(
          message: "\(inRepository) does not exist in revision '\(revision)' (a new file has no old revision)"))
    }
    guard let shown = run(git, ["-C", directory, "show", object]), shown.status == 0 else {
      return .failure(UsageError(message: "git show \(object) failed"))
    }
    let bytes = [UInt8](shown.stdout)
    guard String(validating: bytes, as: UTF8.self) != nil else {
      return .failure(UsageError(message: "\(object): the file is not valid UTF-8"))
    }
    return .success(InputFile(path: object, bytes: bytes))
  }

  /// The instrument whose entry is `file` as read by `read` (shown as `REV:path`) with every module it uses read
  /// from the same revision (`git show REV:module`), checked as one. Modules resolve against the entry's path in
  /// the repository, so `..` and sub-folders mean what they meant in that revision.
  static func checkInstrument(_ file: InputFile, revision: String, newPath: String) -> CheckedInstrument {
    let prefix = revision + ":"
    let inRepository = file.path.hasPrefix(prefix) ? String(file.path.dropFirst(prefix.count)) : file.path
    let directory = URL(fileURLWithPath: newPath).deletingLastPathComponent().path
    let git = findGit()
    let sources = SourceSet(entry: inRepository, bytes: file.bytes) { path in
      // A path that climbs out of the repository is not in the revision.
      guard let git, !path.hasPrefix("../"), !path.hasPrefix("/") else { return .missing }
      // Paths are from the repository root: git's `:./` would be relative to the directory, so give `REV:path`.
      guard let shown = run(git, ["-C", directory, "show", revision + ":" + path]) else {
        return .unreadable("git show failed")
      }
      return shown.status == 0 ? .bytes([UInt8](shown.stdout)) : .missing
    }
    return Checker.check(sources)
  }

  /// The first executable `git` on PATH.
  static func findGit() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") where !directory.isEmpty {
      let candidate = String(directory) + "/git"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Runs git and collects its output; nil when it cannot be started.
  static func run(_ git: String, _ arguments: [String]) -> Output? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: git)
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["LC_ALL"] = "C"
    environment["GIT_TERMINAL_PROMPT"] = "0"
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    // Read stderr on another thread, so that neither pipe can fill up and block git.
    let errorData = ErrorCollector()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errorData.set(err.fileHandleForReading.readDataToEndOfFile())
      group.leave()
    }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: data, stderr: String(decoding: errorData.get(), as: UTF8.self))
  }

  /// Holds the stderr bytes read on another thread.
  final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let lock = NSLock()
    func set(_ d: Data) { lock.withLock { data = d } }
    func get() -> Data { lock.withLock { data } }
  }
}
