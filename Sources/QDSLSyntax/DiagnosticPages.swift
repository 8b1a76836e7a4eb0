// Generated from docs/diagnostics/*.md by `QDSL_BLESS=1 swift test --filter GeneratedFilesTests`; do not edit.

/// The long explanation of every diagnostic code, shown by `qdsl explain` and in editors.
public enum DiagnosticPages {
  public static let pages: [String: String] = [:]
}
