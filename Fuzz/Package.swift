// swift-tools-version:6.0
// The fuzzers of qdsl (docs/fuzzing.md): two libFuzzer targets, built apart from the main package (which they use
// by path) with -sanitize=fuzzer,address, so that a plain `swift build` of qdsl never sees them.
import PackageDescription

// SwiftPM names a package used by path after its folder (lowercased), which is whatever the clone is called.
let qdsl = String(Context.packageDirectory.split(separator: "/").dropLast().last ?? "qdsl").lowercased()

let package = Package(
  name: "qdsl-fuzz",
  dependencies: [.package(path: "..")],
  targets: [
    // Starts libFuzzer from a Swift `@main` (SwiftPM renames an executable's `main`).
    .target(name: "FuzzerDriver"),
    // Parse, check, format, every output, the form JSON decoded and run: CompileOracle.
    .executableTarget(
      name: "qdsl-fuzz-check", dependencies: ["FuzzerDriver", .product(name: "QDSLFuzzing", package: qdsl)],
      path: "Sources/qdsl-fuzz-check"),
    // A document and edits: the editor's fast path against a full check, EditorOracle.
    .executableTarget(
      name: "qdsl-fuzz-editor", dependencies: ["FuzzerDriver", .product(name: "QDSLFuzzing", package: qdsl)],
      path: "Sources/qdsl-fuzz-editor"),
  ]
)
