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
    .executableTarget(name: "qdsl", dependencies: ["QDSLSyntax", "QDSLSemantics", "QDSLCompiler"]),
    .target(name: "QDSLTestSupport", dependencies: ["QDSLSyntax", "QDSLSemantics"]),
    .testTarget(name: "QDSLSyntaxTests", dependencies: ["QDSLSyntax", "QDSLTestSupport"]),
    .testTarget(name: "QDSLSemanticsTests", dependencies: ["QDSLSemantics", "QDSLTestSupport"]),
    .testTarget(name: "QDSLCompilerTests", dependencies: ["QDSLCompiler", "QDSLTestSupport"]),
    .testTarget(name: "QDSLCLITests", dependencies: ["qdsl", "QDSLSemantics", "QDSLCompiler", "QDSLTestSupport"]),
  ]
)
