// How a fuzzer reports a finding: the broken promise on stderr, and the versions of an edited document saved as the
// fixture pair a test replays. The fuzz targets (Fuzz/) then crash, so that libFuzzer saves the input.

import Foundation

extension Finding {
  /// Prints the finding, writes its versions (if any) as `finding.before.qdsl` and `finding.after.qdsl` into
  /// `$QDSL_FUZZ_FINDINGS` (default: the current folder). The libFuzzer entry points stop the run after it.
  public func report() {
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
  }
}
