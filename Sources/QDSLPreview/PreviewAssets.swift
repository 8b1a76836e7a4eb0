// The JavaScript and CSS of `qdsl preview` pages (Resources/runtime.js, page.js and page.css), embedded in the
// binary by SwiftPM (`.embedInCode`), so that the page needs no files beside it.

/// The preview page's assets as text, each without its file's last line break (the page adds its own).
package enum PreviewAssets {
  /// Resources/runtime.js: the JavaScript port of the reference evaluator (`FormEvaluator`).
  package static let runtime = text(PackageResources.runtime_js)
  /// Resources/page.js: the page that runs the interview.
  package static let page = text(PackageResources.page_js)
  /// Resources/page.css: the page's style.
  package static let style = text(PackageResources.page_css)

  private static func text(_ bytes: [UInt8]) -> String {
    String(decoding: bytes.last == UInt8(ascii: "\n") ? bytes.dropLast() : bytes[...], as: UTF8.self)
  }
}
