// Where each diagnostic code's page (docs/diagnostics/QDxxxx.md) is on the web: one default base URL for every
// output that links to a page (SARIF's `helpUri`, the Markdown report of `qdsl diff`, the language server's
// `codeDescription`), which the language server lets a client replace with a setting.

/// The URLs of the diagnostic codes' documentation pages.
public enum DiagnosticDocumentation {
  /// Where the pages are published; a code's page is `<base>QDxxxx.md`.
  public static let defaultBase = "https://github.com/qdsl/qdsl/blob/main/docs/diagnostics/"

  /// The page of `code` under `base`.
  public static func url(_ code: DiagnosticCode, base: String = defaultBase) -> String {
    base + code.rawValue + ".md"
  }

  /// A base URL given by a user (a setting): an absolute URL (`https://…`, `file:///…`) without spaces, ending in
  /// `/` (one is added); nil for anything else, such as a bare path or an empty string.
  public static func base(_ setting: String) -> String? {
    let scalars = Array(setting.unicodeScalars)
    func isLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
    func isSchemeCharacter(_ c: Unicode.Scalar) -> Bool {
      isLetter(c) || ("0"..."9").contains(c) || c == "+" || c == "-" || c == "."
    }
    guard let colon = scalars.firstIndex(of: ":"), colon > 0, isLetter(scalars[0]),
      scalars[..<colon].allSatisfy(isSchemeCharacter), scalars[colon...].starts(with: "://".unicodeScalars),
      scalars.count > colon + 3, !scalars.contains(where: { $0.properties.isWhitespace })
    else { return nil }
    return setting.hasSuffix("/") ? setting : setting + "/"
  }
}
