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
    // The fuzzers' oracles, for the fuzz package under Fuzz/ (built apart from this one, see docs/fuzzing.md).
    .library(name: "QDSLFuzzing", targets: ["QDSLFuzzing"]),
  ],
  targets: [
    // Bytes, text and numbers every layer shares: the byte buffer, JSON, the seeded random generator. Uses nothing.
    .target(name: "QDSLText"),
    // The languages qdsl knows by name and the words it writes itself (codebooks, the preview page). Uses nothing.
    .target(name: "QDSLWords"),
    .target(name: "QDSLSyntax"),
    .target(name: "QDSLSemantics", dependencies: ["QDSLSyntax", "QDSLWords"], linkerSettings: [.linkedLibrary("m")]),
    .target(name: "QDSLOutputs", dependencies: ["QDSLText", "QDSLWords", "QDSLSemantics", "QDSLWorkbook"]),
    // The translators' round trip: text units with stable ids, XLIFF 2.0, PO and CSV written and read, import edits.
    .target(name: "QDSLTranslations", dependencies: ["QDSLSyntax", "QDSLSemantics"]),
    .target(name: "QDSLRevisions", dependencies: ["QDSLOutputs", "QDSLTranslations"]),
    // Foundation and QDSLText only: never Syntax or Semantics (the tidy test checks the imports as well).
    .target(name: "QDSLFormRuntime", dependencies: ["QDSLText"]),
    // Collected data checked against the instrument (`qdsl validate-data`) and the same rules as SQL.
    .target(name: "QDSLDataValidation", dependencies: ["QDSLText", "QDSLFormRuntime"]),
    .target(
      name: "QDSLPreview", dependencies: ["QDSLText", "QDSLWords"],
      resources: [
        .embedInCode("Resources/runtime.js"), .embedInCode("Resources/page.js"), .embedInCode("Resources/page.css"),
      ]),
    .target(name: "QDSLFormat", dependencies: ["QDSLSyntax"]),
    // Spreadsheets (xlsx, and the CSV and Markdown tables of XLSForm tools) as named sheets of cell texts.
    // The system's zlib (inflate and deflate for the zip container of .xlsx files); Debian's zlib1g-dev.
    .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
    .target(name: "QDSLWorkbook", dependencies: ["CZlib"]),
    // XLSForm workbooks imported as qdsl source (`qdsl import`), written in the formatter's layout.
    .target(
      name: "QDSLXLSForm", dependencies: ["QDSLWorkbook", "QDSLSyntax", "QDSLSemantics", "QDSLFormat", "QDSLWords"]),
    .target(name: "QDSLIDE", dependencies: ["QDSLSyntax", "QDSLSemantics"]),
    .target(name: "QDSLLanguageServer", dependencies: ["QDSLText", "QDSLSyntax", "QDSLIDE", "QDSLFormat"]),
    .executableTarget(
      name: "qdsl",
      dependencies: [
        "QDSLText", "QDSLSyntax", "QDSLSemantics", "QDSLOutputs", "QDSLRevisions", "QDSLFormRuntime", "QDSLPreview",
        "QDSLFormat", "QDSLLanguageServer", "QDSLTranslations", "QDSLWorkbook", "QDSLXLSForm",
        "QDSLDataValidation",
      ]),
    // The promises the fuzzers check (compiler and editor fast path); the tests replay every finding through them.
    .target(
      name: "QDSLFuzzing",
      dependencies: [
        "QDSLText", "QDSLSyntax", "QDSLSemantics", "QDSLOutputs", "QDSLFormRuntime", "QDSLFormat", "QDSLIDE",
      ]),
    .target(name: "QDSLBenchmarkSupport", dependencies: ["QDSLText", "QDSLWords"], path: "Benchmarks/Generator"),
    .executableTarget(
      name: "qdsl-bench",
      dependencies: [
        "QDSLBenchmarkSupport", "QDSLSyntax", "QDSLSemantics", "QDSLOutputs", "QDSLIDE", "QDSLFormat", "QDSLText",
        "QDSLTranslations", "QDSLWorkbook", "QDSLXLSForm", "QDSLFormRuntime", "QDSLDataValidation",
      ],
      path: "Benchmarks/Runner"),
    .target(name: "QDSLTestSupport", dependencies: ["QDSLSyntax", "QDSLSemantics"]),
    .testTarget(name: "QDSLTextTests", dependencies: ["QDSLText", "QDSLTestSupport"]),
    .testTarget(name: "QDSLWordsTests", dependencies: ["QDSLWords"]),
    .testTarget(name: "QDSLWorkbookTests", dependencies: ["QDSLWorkbook"], exclude: ["Fixtures"]),
    .testTarget(
      name: "QDSLXLSFormTests",
      dependencies: ["QDSLXLSForm", "QDSLWorkbook", "QDSLSemantics", "QDSLSyntax", "QDSLOutputs", "QDSLTestSupport"],
      exclude: ["Fixtures"]),
    // Fixtures and golden files are read (and blessed) in the source tree through #filePath, so they are
    // excluded from the targets, not copied as resources.
    .testTarget(
      name: "QDSLSyntaxTests", dependencies: ["QDSLSyntax", "QDSLText", "QDSLTestSupport"], exclude: ["Fixtures"]),
    .testTarget(
      name: "QDSLSemanticsTests", dependencies: ["QDSLSemantics", "QDSLText", "QDSLTestSupport"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "QDSLOutputsTests", dependencies: ["QDSLOutputs", "QDSLText", "QDSLWorkbook", "QDSLTestSupport"],
      exclude: ["Fixtures", "Golden"]),
    .testTarget(
      name: "QDSLTranslationsTests",
      dependencies: ["QDSLTranslations", "QDSLSemantics", "QDSLSyntax", "QDSLText", "QDSLTestSupport"]),
    .testTarget(name: "QDSLRevisionsTests", dependencies: ["QDSLRevisions", "QDSLOutputs", "QDSLTestSupport"]),
    .testTarget(
      name: "QDSLFormRuntimeTests", dependencies: ["QDSLFormRuntime", "QDSLOutputs", "QDSLText", "QDSLTestSupport"]),
    .testTarget(
      name: "QDSLDataValidationTests",
      dependencies: ["QDSLDataValidation", "QDSLFormRuntime", "QDSLOutputs", "QDSLText", "QDSLTestSupport"],
      exclude: ["Fixtures", "Golden"]),
    .testTarget(
      name: "QDSLPreviewTests",
      dependencies: ["QDSLPreview", "QDSLFormRuntime", "QDSLOutputs", "QDSLText", "QDSLWords", "QDSLTestSupport"]),
    .testTarget(
      name: "QDSLBenchmarkTests", dependencies: ["QDSLBenchmarkSupport", "QDSLSemantics", "QDSLTestSupport"]),
    .testTarget(
      name: "QDSLFormatTests",
      dependencies: ["QDSLFormat", "QDSLSemantics", "QDSLOutputs", "QDSLBenchmarkSupport", "QDSLTestSupport"],
      exclude: ["Golden"]),
    .testTarget(name: "QDSLIDETests", dependencies: ["QDSLIDE", "QDSLText", "QDSLTestSupport"]),
    .testTarget(
      name: "QDSLFuzzingTests", dependencies: ["QDSLFuzzing", "QDSLSyntax", "QDSLTestSupport"], exclude: ["Fixtures"]),
    .testTarget(
      name: "QDSLLanguageServerTests",
      dependencies: ["qdsl", "QDSLLanguageServer", "QDSLIDE", "QDSLText", "QDSLTestSupport"]),
    .testTarget(
      name: "QDSLCLITests",
      dependencies: [
        "qdsl", "QDSLSemantics", "QDSLOutputs", "QDSLRevisions", "QDSLFormRuntime", "QDSLText", "QDSLTestSupport",
        "QDSLDataValidation",
      ],
      exclude: ["Fixtures", "Golden"]),
  ]
)
