// What a column counts: UTF-8 bytes, UTF-16 code units or Unicode scalars. The language server negotiates it in
// `initialize`; SARIF and GitHub annotations count UTF-16; people (and `qdsl check`) count scalars.

/// The unit of a column. The raw values are LSP's position encoding kinds.
public enum PositionEncoding: String, Sendable {
  /// UTF-8 bytes (offered by some LSP clients; the cheapest, as qdsl keeps texts in UTF-8).
  case utf8 = "utf-8"
  /// UTF-16 code units: the LSP default, SARIF's `utf16CodeUnits` and GitHub's web pages.
  case utf16 = "utf-16"
  /// Unicode scalars: the columns people count, in `qdsl check`'s messages.
  case utf32 = "utf-32"
}
