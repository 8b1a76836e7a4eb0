// Runs the built `qdsl` binary as a user would, with arguments, stdin and environment, capturing its output.

import Foundation

/// The result of one run of the binary.
public struct RunResult {
  public var status: Int32
  public var stdout: String
  public var stderr: String
}

public enum BinaryRunner {
  /// The `qdsl` executable built beside the test bundle.
  public static func executable() -> URL? {
    var candidates: [URL] = []
    let bundle = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
    candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("qdsl"))
    candidates.append(Bundle.main.bundleURL.appendingPathComponent("qdsl"))
    candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("qdsl"))
    candidates.append(Fixtures.packageRoot().appendingPathComponent(".build/debug/qdsl"))
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  /// Runs qdsl in `directory` (the package root by default).
  public static func run(
    _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:], directory: URL? = nil
  ) throws -> RunResult {
    guard let exe = executable() else { throw CocoaError(.fileNoSuchFile) }
    let process = Process()
    process.executableURL = exe
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? Fixtures.packageRoot()
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = nil
    for (k, v) in environment { env[k] = v }
    process.environment = env
    // Outputs go to temporary files, so a large output can never fill a pipe and block the child.
    let dir = FileManager.default.temporaryDirectory
    let outURL = dir.appendingPathComponent("qdsl-out-\(UUID().uuidString)")
    let errURL = dir.appendingPathComponent("qdsl-err-\(UUID().uuidString)")
    guard FileManager.default.createFile(atPath: outURL.path, contents: nil),
      FileManager.default.createFile(atPath: errURL.path, contents: nil)
    else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: dir.path]) }
    defer {
      try? FileManager.default.removeItem(at: outURL)
      try? FileManager.default.removeItem(at: errURL)
    }
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    try out.close()
    try err.close()
    let outData = (try? Data(contentsOf: outURL)) ?? Data()
    let errData = (try? Data(contentsOf: errURL)) ?? Data()
    return RunResult(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}
