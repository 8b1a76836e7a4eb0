// The libFuzzer target qdsl-fuzz-check: each input is a source file (or an instrument of several files in `# file:`
// blocks, MultiFileInput) that goes through parse, check, format, every
// output, the form JSON's decoding and a short simulation (CompileOracle); a broken promise is a crash.

import Foundation
import FuzzerDriver
import QDSLFuzzing

@main
enum FuzzCheck {
  static func main() {
    exit(qdsl_fuzzer_run(CommandLine.argc, CommandLine.unsafeArgv, testOneInput))
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let source = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  if let finding = CompileOracle.finding(in: source) {
    finding.report()
    // A crash is how libFuzzer learns of a finding: it saves the input and ends the run.
    fatalError("qdsl fuzz finding: \(finding.promise)")
  }
  return 0
}
