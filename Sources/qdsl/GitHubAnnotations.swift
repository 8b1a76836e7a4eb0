// GitHub Actions workflow commands for `check` and `diff`: one `::error file=…,line=…::message` line per
// entry, escaped as the workflow-command rules require (`%`, CR and LF everywhere; `:` and `,` in properties).

enum GitHubAnnotations {
  static func render(_ entries: [ReportEntry]) -> String {
    var out = ""
    for e in entries {
      let s = e.location.start
      let end = e.location.end
      let title = "\(e.code.rawValue): \(e.code.summary)"
      let properties = [
        "file=" + escapeProperty(workspacePath(e.location.path)), "line=\(s.line)", "col=\(s.column)",
        "endLine=\(end.line)",
        "endColumn=\(end.column)", "title=" + escapeProperty(title),
      ]
      var message = e.message
      if let help = e.help { message += "\nhelp: " + help }
      out += "::\(e.level.githubCommand) " + properties.joined(separator: ",") + "::" + escapeData(message) + "\n"
    }
    return out
  }

  /// A path as GitHub matches it against the repository: without a leading `./`.
  static func workspacePath(_ path: String) -> String {
    var p = Substring(path)
    while p.hasPrefix("./") { p = p.dropFirst(2) }
    return String(p)
  }

  /// The message of a command: `%`, CR and LF are escaped.
  static func escapeData(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for ch in s.unicodeScalars {
      switch ch {
      case "%": out += "%25"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      default: out.unicodeScalars.append(ch)
      }
    }
    return out
  }

  /// A property value: as the message, and `:` and `,` too.
  static func escapeProperty(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for ch in escapeData(s).unicodeScalars {
      switch ch {
      case ":": out += "%3A"
      case ",": out += "%2C"
      default: out.unicodeScalars.append(ch)
      }
    }
    return out
  }
}
