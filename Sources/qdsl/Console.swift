// Writing to stdout and stderr, and deciding whether to use colour.

import Foundation

/// Output streams of the process (the only place that writes to them).
enum Console {
  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func err(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Colour for `--color auto|always|never`: auto means a terminal, no NO_COLOR, and not TERM=dumb.
  static func useColor(_ setting: String?) -> Bool {
    switch setting ?? "auto" {
    case "always": return true
    case "never": return false
    default:
      let env = ProcessInfo.processInfo.environment
      if let noColor = env["NO_COLOR"], !noColor.isEmpty { return false }
      if env["TERM"] == "dumb" { return false }
      return isatty(STDOUT_FILENO) != 0
    }
  }
}
