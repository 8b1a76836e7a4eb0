// The libFuzzer target qdsl-fuzz-editor: each input is a document and up to four edits (EditScript); every edited
// version's diagnostics through the editor's fast path must equal a full check's (EditorOracle).

import Foundation
import FuzzerDriver
import QDSLFuzzing

@main
enum FuzzEditor {
  static func main() {
    exit(qdsl_fuzzer_run(CommandLine.argc, CommandLine.unsafeArgv, testOneInput))
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  if let finding = EditorOracle.finding(in: EditScript(fuzzInput: input)) {
    finding.report()
    // A crash is how libFuzzer learns of a finding: it saves the input and ends the run.
    fatalError("qdsl fuzz finding: \(finding.promise)")
  }
  return 0
}
