// How a fuzzer stops on a finding: the broken promise on stderr, the versions of an edited document saved as the
// fixture pair a test replays, then a crash, so that libFuzzer saves the input and the run fails.

import Foundation

extension Finding {
  /// Prints the finding, writes its versions (if any) as `finding.before.qdsl` and `finding.after.qdsl` into
  /// `$QDSL_FUZZ_FINDINGS` (default: the current folder), and stops the process.
  public func stopTheRun() -> Never {
    FileHandle.standardError.write(Data("\n== qdsl fuzz finding: \(self)\n".utf8))
    if versions.count == 2 {
      let folder = ProcessInfo.processInfo.environment["QDSL_FUZZ_FINDINGS"] ?? "."
      for (name, bytes) in zip(["finding.before.qdsl", "finding.after.qdsl"], versions) {
        let path = (folder as NSString).appendingPathComponent(name)
        if FileManager.default.createFile(atPath: path, contents: Data(bytes)) {
          FileHandle.standardError.write(Data("wrote \(path)\n".utf8))
        }
      }
    }
    fatalError("qdsl fuzz finding: \(promise)")
  }
}
