// The command-line grammar as one declarative table: commands, their options and help, parsed by hand.

import QDSLSemantics

/// An option of a command.
struct OptionSpec: Sendable {
  var long: String
  var valueName: String?
  var allowed: [String]? = nil
  var help: String
  /// A comma-separated list that may be given more than once (`--target form --target ddi` is `form,ddi`); any
  /// other option given twice is a usage error, never a silent choice of one of the values.
  var isList = false
}

extension OptionSpec {
  /// `--color WHEN`, which every command has: when to colour `what` ("diagnostics", "the text output").
  static func color(_ what: String) -> OptionSpec {
    OptionSpec(
      long: "color", valueName: "WHEN", allowed: ["auto", "always", "never"],
      help: "Colour \(what): auto (default), always or never")
  }

  /// `--lang L`: a language of the survey, for what `help` says.
  static func lang(_ help: String) -> OptionSpec { OptionSpec(long: "lang", valueName: "L", help: help) }

  /// `--answers FILE.json`: one respondent's answers, for what `help` says.
  static func answers(_ help: String) -> OptionSpec { OptionSpec(long: "answers", valueName: "FILE.json", help: help) }
}

/// A command: its name, usage, options and the function that runs it.
struct CommandSpec: Sendable {
  var name: String
  var summary: String
  var usage: String
  var details: String
  var options: [OptionSpec]
  var run: @Sendable (ParsedArguments) -> ExitCode
}

/// Arguments after parsing against a command's options.
struct ParsedArguments {
  var values: [String: String] = [:]
  var flags: Set<String> = []
  var positional: [String] = []

  func value(_ long: String) -> String? { values[long] }
  func flag(_ long: String) -> Bool { flags.contains(long) }
}

/// A problem with the command line (exit code 2).
struct UsageError: Error {
  var message: String
}

extension CommandSpec {
  func parse(_ args: [String]) -> Result<ParsedArguments, UsageError> {
    var parsed = ParsedArguments()
    var i = 0
    var onlyPositional = false
    while i < args.count {
      let arg = args[i]
      i += 1
      if onlyPositional || arg == "-" || !arg.hasPrefix("-") {
        parsed.positional.append(arg)
        continue
      }
      if arg == "--" {
        onlyPositional = true
        continue
      }
      var name = arg.hasPrefix("--") ? String(arg.dropFirst(2)) : String(arg.dropFirst())
      var inlineValue: String?
      if let eq = name.firstIndex(of: "=") {
        inlineValue = String(name[name.index(after: eq)...])
        name = String(name[..<eq])
      }
      if name == "o" { name = "output" }
      guard let spec = options.first(where: { $0.long == name }) else {
        var nearMiss = NearMiss()
        let near = nearMiss.suggestions(for: name, among: options.map(\.long), count: 1).first
        return .failure(
          UsageError(
            message: "unknown option '\(arg)' for 'qdsl \(self.name)'"
              + (near.map { "; did you mean '--\($0)'?" } ?? "")))
      }
      if let valueName = spec.valueName {
        let value: String
        if let inlineValue {
          value = inlineValue
        } else if i < args.count {
          value = args[i]
          i += 1
        } else {
          return .failure(UsageError(message: "'--\(spec.long)' needs a value: --\(spec.long) \(valueName)"))
        }
        if let allowed = spec.allowed, !allowed.contains(value) {
          return .failure(
            UsageError(
              message:
                "'\(value)' is not a valid value for --\(spec.long); use one of: \(allowed.joined(separator: ", "))"))
        }
        if let earlier = parsed.values[spec.long] {
          guard spec.isList else {
            return .failure(
              UsageError(
                message: "--\(spec.long) is given twice ('\(earlier)' and '\(value)'); give it once"))
          }
          parsed.values[spec.long] = earlier + "," + value
        } else {
          parsed.values[spec.long] = value
        }
      } else {
        if inlineValue != nil { return .failure(UsageError(message: "'--\(spec.long)' takes no value")) }
        parsed.flags.insert(spec.long)
      }
    }
    return .success(parsed)
  }

  /// The command's help text, made from the same table that parses it.
  var help: String {
    var out = "\(summary)\n\nUsage: \(usage)\n"
    if !details.isEmpty { out += "\n\(details)\n" }
    out += "\nOptions:\n"
    let rows =
      options.map { o -> (String, String) in
        var left = "--\(o.long)"
        if o.long == "output" { left = "-o, --output" }
        if let v = o.valueName { left += " \(v)" }
        return (left, o.help)
      } + [("-h, --help", "Print this help")]
    let width = rows.map(\.0.count).max() ?? 0
    for (left, text) in rows {
      out += "  " + left + String(repeating: " ", count: width - left.count + 2) + text + "\n"
    }
    return out
  }
}
