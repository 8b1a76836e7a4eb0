// One change an editor sends while the user types: where (anywhere, or inside a string, whitespace or a comment),
// how many bytes it replaces and with what; applied in whole characters, as an editor's text stays UTF-8.

import QDSLSyntax

/// One edit of a document, as the `qdsl-fuzz-editor` fuzzer chooses it.
public struct DocumentEdit: Sendable, Equatable {
  /// The kind of token the edit lands in; `anywhere` takes `position` as an offset.
  public enum Place: UInt8, Sendable, CaseIterable {
    case anywhere, inString, inWhitespace, inComment
  }

  public var place: Place
  /// Which token of its place (high byte) and where in it (low byte); for `anywhere`, the offset (modulo the
  /// length).
  public var position: UInt16
  /// How many bytes it removes (extended to whole characters).
  public var deleted: Int
  /// What it inserts (invalid UTF-8 is replaced, as an editor's text is always valid).
  public var inserted: [UInt8]
  /// Whether the server checks the whole document after this edit (a pause in typing), so that the next edits are
  /// compared with this version rather than with an older one.
  public var renewsAnalysis: Bool

  public init(place: Place, position: UInt16, deleted: Int, inserted: [UInt8], renewsAnalysis: Bool) {
    self.place = place
    self.position = position
    self.deleted = deleted
    self.inserted = inserted
    self.renewsAnalysis = renewsAnalysis
  }

  /// The text after the edit.
  public func applied(to text: [UInt8]) -> [UInt8] {
    func isContinuation(_ i: Int) -> Bool { i < text.count && text[i] & 0xC0 == 0x80 }
    var start = offset(in: text)
    while start > 0, isContinuation(start) { start -= 1 }
    var end = min(text.count, start + deleted)
    while isContinuation(end) { end += 1 }
    var result = Array(text[..<start])
    result += Array(String(decoding: inserted, as: UTF8.self).utf8)
    result += text[end...]
    return result
  }

  /// Where the edit starts in `text` (before snapping to a character boundary).
  func offset(in text: [UInt8]) -> Int {
    let anywhere = Int(position) % (text.count + 1)
    let kinds: [TokenKind]
    switch place {
    case .anywhere: return anywhere
    case .inString: kinds = [.string, .tripleString]
    case .inWhitespace: kinds = [.whitespace]
    case .inComment: kinds = [.comment]
    }
    let tree = Parse(bytes: text).tree
    let tokens = tree.tokens.indices.filter { kinds.contains(tree.tokenKind($0)) }
    guard !tokens.isEmpty else { return anywhere }
    let range = tree.tokenRange(tokens[Int(position >> 8) % tokens.count])
    return range.start + Int(position & 0xFF) % (range.length + 1)
  }
}
