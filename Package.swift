// swift-tools-version:6.0
// qdsl: survey questionnaires as code. The package builds with the Swift toolchain alone (no dependencies).
import PackageDescription

let package = Package(
  name: "qdsl",
  products: [
    .executable(name: "qdsl", targets: ["qdsl"]),
    .library(name: "QDSLSyntax", targets: ["QDSLSyntax"]),
    .library(name: "QDSLSemantics", targets: ["QDSLSemantics"]),
    .library(name: "QDSLCompiler", targets: ["QDSLCompiler"]),
  ],
  targets: [
    .target(name: "QDSLSyntax"),
    .target(name: "QDSLSemantics", dependencies: ["QDSLSyntax"], linkerSettings: [.linkedLibrary("m")]),
    .target(name: "QDSLCompiler", dependencies: ["QDSLSemantics"]),
    .target(name: "QDSLFormat", dependencies: ["QDSLSyntax"]),
    .target(name: "QDSLIDE", dependencies: ["QDSLSyntax", "QDSLSemantics"]),
    .target(name: "QDSLLanguageServer", dependencies: ["QDSLSyntax", "QDSLIDE", "QDSLFormat"]),
    .executableTarget(
      name: "qdsl",
      dependencies: ["QDSLSyntax", "QDSLSemantics", "QDSLCompiler", "QDSLFormat", "QDSLLanguageServer"]),
    .target(name: "QDSLBenchmarkSupport", path: "Benchmarks/Generator"),
    .executableTarget(
      name: "qdsl-bench",
      dependencies: ["QDSLBenchmarkSupport", "QDSLSyntax", "QDSLSemantics", "QDSLCompiler", "QDSLIDE", "QDSLFormat"],
      path: "Benchmarks/Runner"),
    .target(name: "QDSLTestSupport", dependencies: ["QDSLSyntax", "QDSLSemantics"]),
    .testTarget(name: "QDSLSyntaxTests", dependencies: ["QDSLSyntax", "QDSLTestSupport"]),
    .testTarget(name: "QDSLSemanticsTests", dependencies: ["QDSLSemantics", "QDSLTestSupport"]),
    .testTarget(name: "QDSLCompilerTests", dependencies: ["QDSLCompiler", "QDSLTestSupport"]),
    .testTarget(
      name: "QDSLBenchmarkTests", dependencies: ["QDSLBenchmarkSupport", "QDSLSemantics", "QDSLTestSupport"]),
    .testTarget(
      name: "QDSLFormatTests",
      dependencies: ["QDSLFormat", "QDSLSemantics", "QDSLCompiler", "QDSLBenchmarkSupport", "QDSLTestSupport"]),
    .testTarget(name: "QDSLIDETests", dependencies: ["QDSLIDE", "QDSLTestSupport"]),
    .testTarget(
      name: "QDSLLanguageServerTests", dependencies: ["qdsl", "QDSLLanguageServer", "QDSLIDE", "QDSLTestSupport"]),
    .testTarget(name: "QDSLCLITests", dependencies: ["qdsl", "QDSLSemantics", "QDSLCompiler", "QDSLTestSupport"]),
  ]
)
