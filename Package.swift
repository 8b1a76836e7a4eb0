// swift-tools-version:6.0
// qdsl: survey questionnaires as code. The package builds with the Swift toolchain alone (no dependencies).
// One concept per target; docs/architecture.md shows every target, what it holds and what it may use.
import PackageDescription

let package = Package(
  name: "qdsl",
  products: [
    .executable(name: "qdsl", targets: ["qdsl"]),
    .library(name: "QDSLSyntax", targets: ["QDSLSyntax"]),
    .library(name: "QDSLSemantics", targets: ["QDSLSemantics"]),
    .library(name: "QDSLOutputs", targets: ["QDSLOutputs"]),
    // The form runtime reads only the form JSON: a data-collection app can use it without the compiler.
    .library(name: "QDSLFormRuntime", targets: ["QDSLFormRuntime"]),
  ],
  targets: [
    // Bytes and text every layer shares: the byte buffer, JSON, columns. Uses nothing.
    .target(name: "QDSLText"),
    .target(name: "QDSLSyntax"),
    .target(name: "QDSLSemantics", dependencies: ["QDSLSyntax"], linkerSettings: [.linkedLibrary("m")]),
    .target(name: "QDSLOutputs", dependencies: ["QDSLText", "QDSLSemantics"]),
    .target(name: "QDSLRevisions", dependencies: ["QDSLOutputs"]),
    // Foundation and QDSLText only: never Syntax or Semantics (the tidy test checks the imports as well).
    .target(name: "QDSLFormRuntime", dependencies: ["QDSLText"]),
    .target(
      name: "QDSLPreview", dependencies: ["QDSLText"],
      resources: [
        .embedInCode("Resources/runtime.js"), .embedInCode("Resources/page.js"), .embedInCode("Resources/page.css"),
      ]),
    .target(name: "QDSLFormat", dependencies: ["QDSLSyntax"]),
    .target(name: "QDSLIDE", dependencies: ["QDSLSyntax", "QDSLSemantics"]),
    .target(name: "QDSLLanguageServer", dependencies: ["QDSLText", "QDSLSyntax", "QDSLIDE", "QDSLFormat"]),
    .executableTarget(
      name: "qdsl",
      dependencies: [
        "QDSLText", "QDSLSyntax", "QDSLSemantics", "QDSLOutputs", "QDSLRevisions", "QDSLFormRuntime", "QDSLPreview",
        "QDSLFormat", "QDSLLanguageServer",
      ]),
    .target(name: "QDSLBenchmarkSupport", path: "Benchmarks/Generator"),
    .executableTarget(
      name: "qdsl-bench",
      dependencies: ["QDSLBenchmarkSupport", "QDSLSyntax", "QDSLSemantics", "QDSLOutputs", "QDSLIDE", "QDSLFormat"],
      path: "Benchmarks/Runner"),
    .target(name: "QDSLTestSupport", dependencies: ["QDSLSyntax", "QDSLSemantics"]),
    .testTarget(name: "QDSLTextTests", dependencies: ["QDSLText", "QDSLTestSupport"]),
    .testTarget(name: "QDSLSyntaxTests", dependencies: ["QDSLSyntax", "QDSLTestSupport"]),
    .testTarget(name: "QDSLSemanticsTests", dependencies: ["QDSLSemantics", "QDSLTestSupport"]),
    .testTarget(name: "QDSLOutputsTests", dependencies: ["QDSLOutputs", "QDSLText", "QDSLTestSupport"]),
    .testTarget(name: "QDSLRevisionsTests", dependencies: ["QDSLRevisions", "QDSLOutputs", "QDSLTestSupport"]),
    .testTarget(
      name: "QDSLFormRuntimeTests", dependencies: ["QDSLFormRuntime", "QDSLOutputs", "QDSLText", "QDSLTestSupport"]),
    .testTarget(
      name: "QDSLPreviewTests",
      dependencies: ["QDSLPreview", "QDSLFormRuntime", "QDSLOutputs", "QDSLText", "QDSLTestSupport"]),
    .testTarget(
      name: "QDSLBenchmarkTests", dependencies: ["QDSLBenchmarkSupport", "QDSLSemantics", "QDSLTestSupport"]),
    .testTarget(
      name: "QDSLFormatTests",
      dependencies: ["QDSLFormat", "QDSLSemantics", "QDSLOutputs", "QDSLBenchmarkSupport", "QDSLTestSupport"]),
    .testTarget(name: "QDSLIDETests", dependencies: ["QDSLIDE", "QDSLTestSupport"]),
    .testTarget(
      name: "QDSLLanguageServerTests", dependencies: ["qdsl", "QDSLLanguageServer", "QDSLIDE", "QDSLTestSupport"]),
    .testTarget(
      name: "QDSLCLITests",
      dependencies: [
        "qdsl", "QDSLSemantics", "QDSLOutputs", "QDSLRevisions", "QDSLFormRuntime", "QDSLText", "QDSLTestSupport",
      ]),
  ]
)
