// How LSP positions count characters: negotiated in `initialize` (UTF-8 when the client offers it).

/// UTF-8 bytes when the client offers it, else UTF-16 code units (the LSP default).
enum PositionEncoding: String, Sendable {
  case utf8 = "utf-8"
  case utf16 = "utf-16"
}
