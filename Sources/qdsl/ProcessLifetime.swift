// Keeps the last large analysis result alive until the process exits, so that it is never freed piece by piece.

/// A command-line run ends right after its last file: freeing a checked instrument's many small arrays and
/// strings one by one costs more (several percent of a check) than letting the operating system reclaim the
/// whole process at exit, as compilers do. Only the last value is kept, so memory does not grow with the number
/// of files.
enum ProcessLifetime {
  nonisolated(unsafe) private static var kept: Any?

  static func keep(_ value: Any) { kept = value }
}
