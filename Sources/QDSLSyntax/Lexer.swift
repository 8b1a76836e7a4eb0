// The lexer: turns UTF-8 bytes into the flat token array, trivia included, and reports lexical errors.
// Invariant: tokens cover every byte exactly once, in order; no String is created per token.

/// Lexes a whole source file in one pass over its bytes.
struct Lexer {
  let bytes: [UInt8]
  var pos = 0
  private(set) var tokens: [Token] = []
  var diagnostics: [Diagnostic] = []
  /// The quotes of the line last asked about by the recovery of a string left open.
  var lineQuotes = LineQuotes()

  init(bytes: [UInt8]) {
    self.bytes = bytes
    tokens.reserveCapacity(bytes.count / 3 + 16)
  }

  static func lex(_ bytes: [UInt8]) -> (tokens: [Token], diagnostics: [Diagnostic]) {
    var lexer = Lexer(bytes: bytes)
    lexer.run()
    return (lexer.tokens, lexer.diagnostics)
  }

  func peek(_ ahead: Int = 0) -> UInt8 {
    let i = pos + ahead
    return i < bytes.count ? bytes[i] : 0
  }

  private mutating func run() {
    // A UTF-8 byte order mark is whitespace.
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      tokens.append(Token(kind: .whitespace, start: 0))
      pos = 3
    }
    while pos < bytes.count {
      let start = pos
      let kind = next()
      // Adjacent unknown characters form one token with one diagnostic (extended in `unknown`).
      if kind == .unknown, tokens.last?.kind == .unknown { continue }
      tokens.append(Token(kind: kind, start: start))
    }
  }

  private static func isIdentStart(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == 0x5F
  }
  static func isIdentContinue(_ b: UInt8) -> Bool { isIdentStart(b) || isDigit(b) }
  static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  private mutating func next() -> TokenKind {
    let b = bytes[pos]
    switch b {
    case 0x20, 0x09, 0x0A, 0x0D:
      pos += 1
      while pos < bytes.count {
        let c = bytes[pos]
        guard c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D else { break }
        pos += 1
      }
      return .whitespace
    case UInt8(ascii: "#"):
      pos = LineBreak.lineEnd(bytes, from: pos)
      return .comment
    case UInt8(ascii: "\""):
      if peek(1) == 0x22, peek(2) == 0x22 { return lexTripleString() }
      return lexString()
    case UInt8(ascii: "{"): pos += 1; return .lBrace
    case UInt8(ascii: "}"): pos += 1; return .rBrace
    case UInt8(ascii: "("): pos += 1; return .lParen
    case UInt8(ascii: ")"): pos += 1; return .rParen
    case UInt8(ascii: "["): pos += 1; return .lBracket
    case UInt8(ascii: "]"): pos += 1; return .rBracket
    case UInt8(ascii: ","): pos += 1; return .comma
    case UInt8(ascii: ":"): pos += 1; return .colon
    case UInt8(ascii: "+"): pos += 1; return .plus
    case UInt8(ascii: "-"): pos += 1; return .minus
    case UInt8(ascii: "*"): pos += 1; return .star
    case UInt8(ascii: "/"):
      if peek(1) == UInt8(ascii: "/") { return lexSlashComment() }
      pos += 1
      return .slash
    case UInt8(ascii: "."):
      if peek(1) == UInt8(ascii: ".") { pos += 2; return .dotDot }
      pos += 1
      return .dot
    case UInt8(ascii: "="):
      if peek(1) == UInt8(ascii: "=") { pos += 2; return .eqEq }
      pos += 1
      return .equals
    case UInt8(ascii: "!"):
      if peek(1) == UInt8(ascii: "=") { pos += 2; return .bangEq }
      return unknown(help: "write 'not' for negation, or '!=' for 'is not equal to'")
    case UInt8(ascii: "<"):
      if peek(1) == UInt8(ascii: "=") { pos += 2; return .lessEq }
      pos += 1
      return .less
    case UInt8(ascii: ">"):
      if peek(1) == UInt8(ascii: "=") { pos += 2; return .greaterEq }
      pos += 1
      return .greater
    case UInt8(ascii: "'"):
      if let kind = lexWronglyQuotedString() { return kind }
      return unknown(help: "strings are written in double quotes: \"...\"")
    default:
      if Lexer.isDigit(b) { return lexNumber() }
      if Lexer.isIdentStart(b) || isLetterScalar(at: pos) { return lexWord() }
      if let kind = lexWronglyQuotedString() { return kind }
      return unknown(help: nil)
    }
  }

  private mutating func lexNumber() -> TokenKind {
    let start = pos
    while pos < bytes.count, Lexer.isDigit(bytes[pos]) { pos += 1 }
    var kind = TokenKind.integer
    if peek() == UInt8(ascii: "."), Lexer.isDigit(peek(1)) {
      pos += 1
      while pos < bytes.count, Lexer.isDigit(bytes[pos]) { pos += 1 }
      kind = .decimal
    }
    // `12abc`, `1e5`, `1.5.2` and `3.` are one malformed number, not a number followed by something else.
    let trailingDot = peek() == UInt8(ascii: ".") && peek(1) != UInt8(ascii: ".")
    guard Lexer.isIdentContinue(peek()) || trailingDot else { return kind }
    while pos < bytes.count,
      Lexer.isIdentContinue(bytes[pos]) || (bytes[pos] == UInt8(ascii: ".") && peek(1) != UInt8(ascii: "."))
    {
      pos += 1
    }
    let text = String(decoding: bytes[start..<pos], as: UTF8.self)
    diagnostics.append(
      Diagnostic(
        .malformedNumber, "'\(text)' is not a number", at: TextRange(start, pos),
        help: "write a whole number such as 12 or a decimal such as 1.5 (no letters, exponents or thousands separators)"
      ))
    return .unknown
  }

  /// A non-ASCII letter at `i` (so that `tyytyväisyys` is one misspelt name, not three tokens).
  private func isLetterScalar(at i: Int) -> Bool {
    guard bytes[i] >= 0x80 else { return false }
    let width = Lexer.utf8SequenceLength(bytes, at: i)
    guard width > 0, let scalar = String(decoding: bytes[i..<(i + width)], as: UTF8.self).unicodeScalars.first else {
      return false
    }
    return scalar.properties.isAlphabetic
  }

  private mutating func lexWord() -> TokenKind {
    let start = pos
    var ascii = true
    while pos < bytes.count {
      if Lexer.isIdentContinue(bytes[pos]) {
        pos += 1
      } else if isLetterScalar(at: pos) {
        ascii = false
        pos += Lexer.utf8SequenceLength(bytes, at: pos)
      } else {
        break
      }
    }
    if !ascii {
      let word = String(decoding: bytes[start..<pos], as: UTF8.self)
      let suggestion = Lexer.asciiName(word)
      diagnostics.append(
        Diagnostic(
          .invalidCharacter, "'\(word)' cannot be a name: names use the letters a–z and A–Z, digits and '_'",
          at: TextRange(start, pos),
          help: "names become variable names in data files, where only ASCII is safe; write '\(suggestion)'",
          fixes: [.init(title: "write '\(suggestion)'", range: TextRange(start, pos), replacement: suggestion)]))
      return .identifier
    }
    let length = pos - start
    guard length < Keywords.byLength.count else { return .identifier }
    candidates: for (word, kind) in Keywords.byLength[length] {
      for i in 0..<length where word[i] != bytes[start + i] { continue candidates }
      return kind
    }
    return .identifier
  }

  /// One unexpected character (a whole UTF-8 sequence, or one invalid byte).
  private mutating func unknown(help: String?) -> TokenKind {
    let start = pos
    let b = bytes[pos]
    let width = Lexer.utf8SequenceLength(bytes, at: pos)
    pos += max(1, width)
    if tokens.last?.kind == .unknown, let last = diagnostics.indices.last, diagnostics[last].range.end == start {
      diagnostics[last].range.end = pos
      return .unknown
    }
    let message: String
    if width == 0 {
      message = "this byte (0x\(String(b, radix: 16, uppercase: true))) is not valid UTF-8"
    } else if b >= 0x80 {
      let text = String(decoding: bytes[start..<pos], as: UTF8.self)
      message = "'\(text)' cannot appear outside strings and comments"
    } else if b < 0x20 || b == 0x7F {
      message = "a control character (0x\(String(b, radix: 16, uppercase: true))) cannot appear outside strings"
    } else {
      message = "'\(Character(Unicode.Scalar(b)))' cannot appear here"
    }
    diagnostics.append(Diagnostic(.invalidCharacter, message, at: TextRange(start, pos), help: help))
    return .unknown
  }

  /// The length of a valid UTF-8 sequence starting at `i`, or 0 when the bytes there are not valid UTF-8.
  static func utf8SequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
    let b = bytes[i]
    let need: Int
    if b < 0x80 {
      return 1
    } else if b >= 0xC2 && b <= 0xDF {
      need = 1
    } else if b >= 0xE0 && b <= 0xEF {
      need = 2
    } else if b >= 0xF0 && b <= 0xF4 {
      need = 3
    } else {
      return 0
    }
    guard i + need < bytes.count else { return 0 }
    for k in 1...need where i + k >= bytes.count || bytes[i + k] & 0xC0 != 0x80 { return 0 }
    // Reject overlong and surrogate forms.
    if b == 0xE0 && bytes[i + 1] < 0xA0 { return 0 }
    if b == 0xED && bytes[i + 1] > 0x9F { return 0 }
    if b == 0xF0 && bytes[i + 1] < 0x90 { return 0 }
    if b == 0xF4 && bytes[i + 1] > 0x8F { return 0 }
    return need + 1
  }

  private mutating func lexString() -> TokenKind {
    let open = pos
    let firstDiagnostic = diagnostics.count
    pos += 1
    while pos < bytes.count {
      // Plain text is most of every file: skip it eight bytes at a time.
      pos = StringScan.firstSpecial(bytes, from: pos, to: bytes.count)
      guard pos < bytes.count else { break }
      let c = bytes[pos]
      if c == UInt8(ascii: "\"") {
        if let closeAt = missingQuoteBeforeTag(open: open, quote: pos) {
          endStringMissingQuote(open: open, at: closeAt, firstDiagnostic: firstDiagnostic)
          return .string
        }
        pos += 1
        return .string
      }
      if LineBreak.isBreakByte(c) {
        // A text broken over two lines: when the next line has an odd number of quotes, its first quote
        // closes this string. Reported once, and the rest of the file lexes as intended.
        if let close = closingQuoteOnNextLine(after: pos) {
          diagnostics.append(
            Diagnostic(
              .unterminatedString, "this string runs over the end of the line", at: TextRange(open, open + 1),
              help: "a string stays on one line; for text over several lines use a triple-quoted string \"\"\"...\"\"\""
            ))
          pos = close + 1
          return .string
        }
        break
      }
      if !stringContentByte() { continue }
    }
    endUnclosedString(open: open, delimiterWidth: 1, firstDiagnostic: firstDiagnostic)
    return .string
  }

  /// The offset of the first unescaped quote on the line after the line break at `lineBreak`, if that line has an
  /// odd number of them.
  private func closingQuoteOnNextLine(after lineBreak: Int) -> Int? {
    var i = lineBreak + LineBreak.length(bytes, at: lineBreak)
    var first: Int?
    var count = 0
    while i < bytes.count, !LineBreak.isBreakByte(bytes[i]) {
      if bytes[i] == UInt8(ascii: "\\") {
        i += 2
        continue
      }
      if bytes[i] == UInt8(ascii: "#") && count % 2 == 0 { break }
      if bytes[i] == 0x22 {
        if first == nil { first = i }
        count += 1
      }
      i += 1
    }
    return count % 2 == 1 ? first : nil
  }

  private mutating func lexTripleString() -> TokenKind {
    let open = pos
    pos += 3
    while pos < bytes.count {
      pos = StringScan.firstSpecial(bytes, from: pos, to: bytes.count)
      guard pos < bytes.count else { break }
      let c = bytes[pos]
      if LineBreak.isBreakByte(c) {
        pos += 1
        continue
      }
      if c == UInt8(ascii: "\""), peek(1) == 0x22, peek(2) == 0x22 {
        pos += 3
        // Extra closing quotes belong to the text, as in `""""quoted""""`: keep the delimiter last.
        while pos < bytes.count, bytes[pos] == 0x22 { pos += 1 }
        return .tripleString
      }
      if !stringContentByte() { continue }
    }
    diagnostics.append(
      Diagnostic(
        .unterminatedString, "this text is not closed: the file ends before the closing '\"\"\"'",
        at: TextRange(open, open + 3), help: "add '\"\"\"' after the last line of the text"))
    return .tripleString
  }

  /// Consumes one piece of string content (a byte, an escape or a pipe), validating escapes and braces.
  /// Returns false when it already advanced past the piece.
  mutating func stringContentByte() -> Bool {
    let c = bytes[pos]
    switch c {
    case UInt8(ascii: "\\"):
      lexEscape()
      return false
    case UInt8(ascii: "{"):
      if peek(1) == UInt8(ascii: "{") {
        pos += 2
        return false
      }
      lexPipe()
      return false
    case UInt8(ascii: "}"):
      if peek(1) == UInt8(ascii: "}") {
        pos += 2
        return false
      }
      diagnostics.append(
        Diagnostic(
          .malformedPipe, "this '}' closes no pipe", at: TextRange(pos, pos + 1),
          help: "write '}}' for a literal brace",
          fixes: [.init(title: "write '}}'", range: TextRange(pos, pos + 1), replacement: "}}")]))
      pos += 1
      return false
    default:
      pos += 1
      return false
    }
  }

  private mutating func lexEscape() {
    let start = pos
    pos += 1
    guard pos < bytes.count else { return }
    switch bytes[pos] {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "n"), UInt8(ascii: "t"):
      pos += 1
    case UInt8(ascii: "u"):
      pos += 1
      var digits = 0
      var value: UInt32 = 0
      if peek() == UInt8(ascii: "{") {
        pos += 1
        while pos < bytes.count, let d = Lexer.hexValue(bytes[pos]), digits < 8 {
          value = value &* 16 &+ UInt32(d)
          digits += 1
          pos += 1
        }
        if peek() == UInt8(ascii: "}"), digits >= 1, digits <= 6, Unicode.Scalar(value) != nil {
          pos += 1
          return
        }
        // Take the rest of a malformed escape up to its '}' so that it is reported once.
        var j = pos
        while j < bytes.count, j - start < 16, bytes[j] != 0x22, !LineBreak.isBreakByte(bytes[j]),
          bytes[j] != UInt8(ascii: "}")
        {
          j += 1
        }
        if j < bytes.count, bytes[j] == UInt8(ascii: "}") { pos = j + 1 }
      }
      diagnostics.append(
        Diagnostic(
          .invalidEscape, "this is not a valid Unicode escape", at: TextRange(start, pos),
          help: "write a Unicode scalar as \\u{XXXX}, with one to six hexadecimal digits, e.g. \\u{E4} for 'ä'"))
    case 0x0A, 0x0D:
      diagnostics.append(
        Diagnostic(.invalidEscape, "a backslash at the end of a line is not an escape", at: TextRange(start, pos)))
    default:
      let width = max(1, Lexer.utf8SequenceLength(bytes, at: pos))
      pos += width
      let shown = String(decoding: bytes[start..<pos], as: UTF8.self)
      diagnostics.append(
        Diagnostic(
          .invalidEscape, "'\(shown)' is not an escape sequence", at: TextRange(start, pos),
          help: "the escapes are \\\" \\\\ \\n \\t and \\u{XXXX}; write \\\\ for a backslash",
          fixes: [.init(title: "escape the backslash", range: TextRange(start, start + 1), replacement: "\\\\")]))
    }
  }

  static func hexValue(_ b: UInt8) -> Int? {
    switch b {
    case 0x30...0x39: return Int(b - 0x30)
    case 0x41...0x46: return Int(b - 0x41 + 10)
    case 0x61...0x66: return Int(b - 0x61 + 10)
    default: return nil
    }
  }

  /// A pipe `{name}` or `{grid.row}`; anything else after a single '{' is reported at the brace.
  private mutating func lexPipe() {
    let open = pos
    var i = pos + 1
    var ok = i < bytes.count && Lexer.isIdentStart(bytes[i])
    if ok {
      while i < bytes.count, Lexer.isIdentContinue(bytes[i]) { i += 1 }
      if i < bytes.count, bytes[i] == UInt8(ascii: "."), i + 1 < bytes.count, Lexer.isIdentStart(bytes[i + 1]) {
        i += 1
        while i < bytes.count, Lexer.isIdentContinue(bytes[i]) { i += 1 }
      }
      ok = i < bytes.count && bytes[i] == UInt8(ascii: "}")
    }
    if ok {
      pos = i + 1
      return
    }
    diagnostics.append(
      Diagnostic(
        .malformedPipe, "this '{' does not start a pipe like {staff}", at: TextRange(open, open + 1),
        help: "a pipe is a variable name in braces, {name}; write '{{' for a literal brace",
        fixes: [.init(title: "write '{{'", range: TextRange(open, open + 1), replacement: "{{")]))
    pos += 1
  }

  /// An ASCII spelling of a name: Nordic and other accented letters transliterated, anything else '_'.
  static func asciiName(_ word: String) -> String {
    let map: [Character: String] = [
      "ä": "a", "Ä": "A", "ö": "o", "Ö": "O", "å": "a", "Å": "A", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O",
      "ü": "u", "Ü": "U", "é": "e", "É": "E", "è": "e", "á": "a", "ß": "ss", "š": "s", "Š": "S", "ž": "z", "Ž": "Z",
      "õ": "o", "ð": "d", "þ": "th",
    ]
    return word.map { ch in ch.isASCII ? String(ch) : (map[ch] ?? "_") }.joined()
  }
}
