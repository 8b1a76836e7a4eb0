// The input of the `qdsl-fuzz-editor` fuzzer: a document followed by up to four edits. The edits are read from the
// end of the input, so that a mutation inside the document leaves them as they were; Fuzz/make-corpus.py writes
// the same layout.

/// A document and the edits typed into it.
///
/// Layout, read backwards from the end: one byte `c` (the count of edits, `c % 4 + 1`); then per edit a kind byte
/// (bits 0–1 the place, bit 2 the renewal of the analysis), the position's high and low byte, the deleted byte count
/// (`% 8`), the inserted byte count `n` (`% 16`) and, before it, the `n` inserted bytes. What is left at the start
/// is the document (invalid UTF-8 replaced). An edit cut short by the start of the input is dropped.
public struct EditScript: Sendable, Equatable {
  public var document: [UInt8]
  public var edits: [DocumentEdit]

  public init(document: [UInt8], edits: [DocumentEdit]) {
    self.document = document
    self.edits = edits
  }

  public init(fuzzInput bytes: [UInt8]) {
    var end = bytes.count
    func pop() -> UInt8? {
      guard end > 0 else { return nil }
      end -= 1
      return bytes[end]
    }
    var edits: [DocumentEdit] = []
    if let count = pop() {
      for _ in 0...(count % 4) {
        let mark = end
        guard let kind = pop(), let high = pop(), let low = pop(), let deleted = pop(), let length = pop(),
          end >= Int(length % 16)
        else {
          end = mark
          break
        }
        let n = Int(length % 16)
        let inserted = Array(bytes[(end - n)..<end])
        end -= n
        edits.append(
          DocumentEdit(
            place: DocumentEdit.Place(rawValue: kind & 3) ?? .anywhere, position: UInt16(high) << 8 | UInt16(low),
            deleted: Int(deleted % 8), inserted: inserted, renewsAnalysis: kind & 4 != 0))
      }
    }
    self.document = Array(String(decoding: bytes[..<end], as: UTF8.self).utf8)
    self.edits = edits
  }

  /// The fuzz input that reads back as this script.
  public var fuzzInput: [UInt8] {
    var out = document
    for edit in edits.reversed() {
      out += edit.inserted
      out += [
        UInt8(edit.inserted.count), UInt8(edit.deleted), UInt8(edit.position & 0xFF), UInt8(edit.position >> 8),
        edit.place.rawValue | (edit.renewsAnalysis ? 4 : 0),
      ]
    }
    out.append(UInt8(max(edits.count, 1) - 1))
    return out
  }
}
