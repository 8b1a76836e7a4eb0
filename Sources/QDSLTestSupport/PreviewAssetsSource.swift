// Generates Sources/QDSLCompiler/PreviewAssets.swift from the preview's JavaScript and CSS under Grammar/preview/,
// so the page's assets are edited as .js/.css files and embedded in the binary as string literals.

import Foundation

/// The preview assets and the Swift file made from them.
public enum PreviewAssetsSource {
  /// The generated file, relative to the package root.
  public static let generatedPath = "Sources/QDSLCompiler/PreviewAssets.swift"

  /// (Swift name, file under Grammar/preview/) of every asset, in the generated file's order.
  public static let assets: [(name: String, file: String)] = [
    ("runtime", "runtime.js"), ("page", "page.js"), ("style", "page.css"),
  ]

  /// The text of each asset file.
  public static func read(_ root: URL) -> [(name: String, file: String, text: String)] {
    assets.map { ($0.name, $0.file, Fixtures.read(root.appendingPathComponent("Grammar/preview/\($0.file)"))) }
  }

  /// The Swift source holding every asset as a raw string literal.
  public static func swiftSource(_ root: URL) -> String {
    var out = """
      // Generated from Grammar/preview/*.js and *.css by `QDSL_BLESS=1 swift test --filter PreviewPageTests`; do not edit.
      // swift-format-ignore-file

      /// The JavaScript and CSS of `qdsl preview` pages, embedded so that the page needs no files beside it.
      package enum PreviewAssets {

      """
    for (name, file, text) in read(root) {
      out += "  /// Grammar/preview/\(file)\n"
      out += "  package static let \(name) = ##\"\"\"\n\(text.hasSuffix("\n") ? text : text + "\n")\"\"\"##\n\n"
    }
    out += "}\n"
    return out
  }
}
