// One translatable text of an instrument as translators see it: a stable id, its role, the source text, the
// current translation and a note naming the item it belongs to.

import QDSLSemantics
import QDSLSyntax

/// What a text is for, in words a translator understands (the note of each unit says it).
public enum TextRole: String, Sendable, CaseIterable {
  case title = "survey title"
  case sectionTitle = "section title"
  case repeatTitle = "repeat title"
  case questionText = "question text"
  case gridText = "grid text"
  case noteText = "note text"
  case hint = "hint"
  case check = "check message"
  case softCheck = "soft check message"
  case variant = "text variant"
  case gridRow = "grid row label"
  case optionLabel = "option label"
  case optionDescription = "option description"
  case specifyPrompt = "'other, specify' prompt"
  case endMessage = "closing message"
  case sampleText = "sample variable text"
}

/// A piece of a text in a translation file: words, or a pipe `{name}` kept as a placeholder.
public enum UnitPiece: Sendable, Hashable {
  case text(String)
  case pipe(String)
}

/// A text as pieces, with the conversions every format needs.
public struct UnitText: Sendable, Hashable {
  public var pieces: [UnitPiece]

  public init(_ pieces: [UnitPiece]) {
    var merged: [UnitPiece] = []
    for p in pieces {
      if case .text(let s) = p {
        if s.isEmpty { continue }
        if case .text(let previous)? = merged.last {
          merged[merged.count - 1] = .text(previous + s)
          continue
        }
      }
      merged.append(p)
    }
    self.pieces = merged
  }

  public init(_ template: TextTemplate) {
    self.init(
      template.parts.map { part in
        switch part {
        case .literal(let s): return .text(s)
        case .pipe(let name, _): return .pipe(name)
        }
      })
  }

  /// The pipe names in order.
  public var pipes: [String] {
    pieces.compactMap {
      if case .pipe(let n) = $0 { return n }
      return nil
    }
  }

  public var isEmpty: Bool { pieces.isEmpty }

  /// Python brace format, which is qdsl's own: pipes as `{name}`, literal braces doubled.
  public var braced: String {
    var out = ""
    for p in pieces {
      switch p {
      case .pipe(let n): out += "{" + n + "}"
      case .text(let s):
        if s.utf8.contains(where: { $0 == 0x7B || $0 == 0x7D }) {
          for c in s.unicodeScalars {
            if c == "{" || c == "}" { out.unicodeScalars.append(c) }
            out.unicodeScalars.append(c)
          }
        } else {
          out += s
        }
      }
    }
    return out
  }

  /// Whether any literal brace is in the text (PO marks such texts as brace format too, so `{{` is read right).
  public var hasBraces: Bool {
    pieces.contains {
      switch $0 {
      case .pipe: return true
      case .text(let s): return s.utf8.contains { $0 == 0x7B || $0 == 0x7D }
      }
    }
  }

  /// Reads Python brace format (`{name}` pipes, `{{` `}}` braces); nil with the reason when a brace is alone or a
  /// pipe's name is not a name.
  public static func parseBraced(_ s: String) -> Result<UnitText, BraceProblem> {
    var pieces: [UnitPiece] = []
    var literal = ""
    var scalars = s.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    func next() -> Unicode.Scalar? {
      if let p = pending {
        pending = nil
        return p
      }
      return scalars.next()
    }
    while let c = next() {
      if c == "}" {
        guard let d = next(), d == "}" else {
          return .failure(BraceProblem(message: "a lone '}' (write '}}' for a brace)"))
        }
        literal.unicodeScalars.append("}")
        continue
      }
      guard c == "{" else {
        literal.unicodeScalars.append(c)
        continue
      }
      guard let d = next() else { return .failure(BraceProblem(message: "a lone '{' at the end")) }
      if d == "{" {
        literal.unicodeScalars.append("{")
        continue
      }
      var name = String(d)
      var closed = false
      while let e = next() {
        if e == "}" {
          closed = true
          break
        }
        name.unicodeScalars.append(e)
        if name.unicodeScalars.count > 200 { break }
      }
      guard closed, UnitText.isPipeName(name) else {
        return .failure(
          BraceProblem(message: "'{\(name.prefix(40))' is not a pipe like {name} (write '{{' for a brace)"))
      }
      pieces.append(.text(literal))
      literal = ""
      pieces.append(.pipe(name))
    }
    pieces.append(.text(literal))
    return .success(UnitText(pieces))
  }

  /// A pipe names a variable, or a grid row as `grid.row`.
  static func isPipeName(_ s: String) -> Bool {
    let parts = s.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count) else { return false }
    return parts.allSatisfy { part in
      guard let first = part.unicodeScalars.first, first == "_" || first.properties.isAlphabetic && first.isASCII
      else { return false }
      return part.unicodeScalars.allSatisfy {
        ($0.isASCII && $0.properties.isAlphabetic) || ("0"..."9").contains($0) || $0 == "_"
      }
    }
  }

  /// The text with pipes shown as `{name}` and braces as they are (for people, in messages).
  public var display: String {
    pieces.map {
      switch $0 {
      case .text(let s): return s
      case .pipe(let n): return "{" + n + "}"
      }
    }.joined()
  }
}

/// Why a braced text cannot be read.
public struct BraceProblem: Error, Sendable, Equatable {
  public var message: String
}

/// One translatable text of the instrument.
public struct TranslationUnit: Sendable {
  /// The stable id (`question.staff.text`), made of names and roles only (docs/translations.md).
  public var id: String
  public var role: TextRole
  /// What the text belongs to, as a translator needs it: `question 'staff'`, `option 'municipality' of list
  /// 'organisation_type'`.
  public var subject: String
  /// The text in the model (its ranges are in the assembled text of the instrument).
  public var text: TranslatedText

  public init(id: String, role: TextRole, subject: String, text: TranslatedText) {
    self.id = id
    self.role = role
    self.subject = subject
    self.text = text
  }

  /// The text in a language, if it has it.
  public func text(in language: String) -> UnitText? { text.template(language).map(UnitText.init) }

  /// The note for translators: the role and subject (`question text of question 'staff'`).
  public var note: String { "\(role.rawValue) of \(subject)" }
}
