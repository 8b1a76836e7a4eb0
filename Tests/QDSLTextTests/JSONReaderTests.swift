// The JSON reader: strict RFC 8259, exact whole numbers, located errors in plain words, no crash on any input;
// and what it reads writes back byte for byte.

import Foundation
import QDSLTestSupport
import QDSLText
import Testing

@Suite struct JSONReaderTests {
  private func read(_ text: String) throws -> JSON { try JSONReader.read(text) }

  /// The error for `text`, as `line:column: message`.
  private func error(_ text: String) -> String {
    error(Array(text.utf8))
  }

  private func error(_ bytes: [UInt8]) -> String {
    do {
      let value = try JSONReader.read(bytes)
      return "read \(value)"
    } catch {
      return error.description
    }
  }

  @Test func testValues() throws {
    #expect(
      try read(#" {"a": [1, -2.5, "x\n\u00e9", true, false, null], "b": {}, "c": []} "#)
        == .object([
          "a": .array([.int(1), .number(-2.5), .string("x\né"), .bool(true), .bool(false), .null]),
          "b": .object([:]), "c": .array([]),
        ]))
    #expect(try read("\u{FEFF}7") == .int(7), "a byte order mark is skipped")
    #expect(try read(#""\"\\\/\b\f\n\r\t""#) == .string("\"\\/\u{8}\u{C}\n\r\t"))
    #expect(try read(#""\ud83d\ude00 \u00E9""#) == .string("😀 é"), "a surrogate pair is one scalar")
    #expect(try read(#""😀""#) == .string("😀"))
  }

  @Test func testWholeNumbersAreExact() throws {
    #expect(try read("9007199254740993") == .int(9_007_199_254_740_993))
    #expect(try read("9223372036854775807") == .int(Int.max))
    #expect(try read("-9223372036854775808") == .int(Int.min))
    #expect(try read("-0") == .int(0))
    #expect(try read("9223372036854775808") == .number(9_223_372_036_854_775_808.0), "beyond 64 bits: a Double")
    #expect(try read("-9223372036854775809") == .number(-9_223_372_036_854_775_809.0))
    #expect(try read("100.0") == .number(100))
    #expect(try read("1e2") == .number(100))
    #expect(try read("1E-2") == .number(0.01))
    #expect(try read("1e-400") == .number(0), "a number too small for a Double is zero")
    #expect(JSON.number(3).int == 3)
    #expect(JSON.number(0x1p63).int == nil)
    #expect(JSON.number(-0x1p63).int == Int.min)
  }

  @Test func testErrorsAreLocatedAndSaidInPlainWords() {
    let cases: [(String, String)] = [
      ("", "1:1: the text is empty: expected a JSON value"),
      ("  \n ", "2:2: the text is empty: expected a JSON value"),
      ("1e400", "1:1: the number 1e400 is too large: a JSON number must be below about 1.8e308"),
      ("[1,\n -1e999]", "2:2: the number -1e999 is too large: a JSON number must be below about 1.8e308"),
      ("[1, 2,]", "1:7: expected a value after ',' (JSON allows no comma before ']')"),
      (#"{"a": 1,}"#, "1:9: expected a key in double quotes after ',' (JSON allows no comma before '}')"),
      ("{\n  \"a\" 1}", "2:7: expected ':' after the key"),
      (
        #"{"a": 1 // note"#,
        "1:9: expected ',' or '}' after a member of the object, found a comment (JSON has no comments)"
      ),
      (
        "// note\n1",
        "1:1: expected a value (a number, a string, an array, an object, true, false or null), found a comment (JSON has no comments)"
      ),
      ("{'a': 1}", "1:2: expected a key in double quotes, found \"'\" (JSON strings are in double quotes)"),
      ("[1 2]", "1:4: expected ',' or ']' after an item of the array, found '2'"),
      ("[1", "1:3: the JSON ends inside an array"),
      (#"{"a": 1"#, "1:8: the JSON ends inside an object"),
      (#"{"a": "#, "1:7: the JSON ends where a value should be"),
      ("1 2", "1:3: unexpected '2' after the JSON value: a JSON text is one value"),
      ("tru", "1:1: expected true"),
      ("nul", "1:1: expected null"),
      ("NaN", "1:1: expected a value (a number, a string, an array, an object, true, false or null), found 'N'"),
      ("+1", "1:1: expected a value (a number, a string, an array, an object, true, false or null), found '+'"),
      ("-", "1:2: expected digits after '-'"),
      ("01", "1:1: a number cannot start with 0 followed by more digits"),
      ("-012", "1:2: a number cannot start with 0 followed by more digits"),
      ("1.", "1:3: expected digits after the decimal point"),
      ("1.e5", "1:3: expected digits after the decimal point"),
      ("1e+", "1:4: expected digits in the exponent"),
      ("[\"abc", "1:2: a string that is never closed"),
      ("\"a\nb\"", "1:3: a line break inside a string (write it as \\n, or close the string first)"),
      ("\"a\tb\"", "1:3: a tab inside a string (write it as \\t)"),
      ("\"a\u{1}b\"", "1:3: the control character U+0001 inside a string (write it as \\u0001)"),
      (
        #""\x""#,
        #"1:2: an unknown escape: a backslash followed by 'x' (JSON knows \" \\ \/ \b \f \n \r \t and \uXXXX)"#
      ),
      (#""\u12""#, #"1:2: \u needs four hex digits"#),
      (#""\ud83d""#, #"1:2: \uD83D is the first half of a surrogate pair without the second"#),
      (#""\ud83d\u0041""#, #"1:2: \uD83D is the first half of a surrogate pair without the second"#),
      (#""\ude00""#, #"1:2: \uDE00 is the second half of a surrogate pair without the first"#),
      (#"{"a": 1, "b": 2, "a": 3}"#, #"1:18: the key "a" appears twice in this object"#),
      ("[\"é\", x]", "1:7: expected a value (a number, a string, an array, an object, true, false or null), found 'x'"),
      (
        "\r\n\r\n  x", "3:3: expected a value (a number, a string, an array, an object, true, false or null), found 'x'"
      ),
      ("\r\r x", "3:2: expected a value (a number, a string, an array, an object, true, false or null), found 'x'"),
    ]
    for (text, expected) in cases { #expect(error(text) == expected, Comment(rawValue: text)) }
    let long = String(repeating: "9", count: 400)
    #expect(
      error(long)
        == "1:1: the number 999999999999…999999 (400 characters) is too large: a JSON number must be below about 1.8e308"
    )
  }

  @Test func testInvalidUTF8IsRejected() {
    let bad: [[UInt8]] = [
      [0x22, 0xFF, 0x22],  // never UTF-8
      [0x22, 0xC0, 0x80, 0x22],  // overlong
      [0x22, 0xE0, 0x80, 0x80, 0x22],  // overlong
      [0x22, 0xED, 0xA0, 0x80, 0x22],  // a surrogate
      [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],  // past U+10FFFF
      [0x22, 0xE2, 0x82, 0x22],  // cut short
      [0x22, 0x5C, 0x6E, 0xC3, 0x22],  // cut short after an escape
    ]
    for bytes in bad {
      #expect(error(bytes).contains("is not UTF-8"), "\(bytes): \(error(bytes))")
    }
    #expect(
      error([0x5B, 0xC3, 0xA9, 0x5D])
        == "1:2: expected a value (a number, a string, an array, an object, true, false or null), found 'é' (U+00E9)")
    #expect(
      error([0xFF])
        == "1:1: expected a value (a number, a string, an array, an object, true, false or null), found a byte that is not UTF-8 (0xFF)"
    )
  }

  @Test func testNestingIsLimitedAndNeverExhaustsTheStack() {
    let limit = JSONReader.maxDepth
    let deepest = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
    #expect(throws: Never.self, performing: { try read(deepest) })
    let tooDeep = String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
    #expect(error(tooDeep) == "1:\(limit + 1): arrays and objects are nested more than \(limit) deep")
    #expect(error(String(repeating: "{\"a\":", count: 200_000)).contains("nested more than"))
    #expect(error(String(repeating: "[", count: 1_000_000)).contains("nested more than"))
  }

  @Test func testLocations() throws {
    let text = "{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"c\": null\n}"
    let bytes = Array(text.utf8)
    let (value, at) = try JSONReader.readLocated(bytes)
    #expect(value["a"]?.array?.count == 2)
    func position(_ offset: Int?) -> String { offset.map { JSONPosition(offset: $0, in: bytes).description } ?? "-" }
    let a = JSONPath().appending(key: "a")
    #expect(position(at.value(JSONPath())) == "1:1")
    #expect(position(at.key(a)) == "2:3")
    #expect(position(at.value(a)) == "2:8")
    #expect(position(at.value(a.appending(index: 0))) == "2:9")
    #expect(position(at.value(a.appending(index: 1))) == "2:12")
    #expect(position(at.key(a.appending(index: 1).appending(key: "b"))) == "2:13")
    #expect(position(at.value(a.appending(index: 1).appending(key: "b"))) == "2:18")
    #expect(position(at.key(JSONPath().appending(key: "c"))) == "3:3")
    #expect(position(at.value(JSONPath().appending(key: "c"))) == "3:8")
    #expect(a.appending(index: 1).appending(key: "b").description == "a[1].b")
    #expect(JSONPosition(offset: 5, in: Array("é\r\néé".utf8)).description == "2:2", "columns count characters")
  }

  /// Every golden JSON the tools write reads back and writes out again byte for byte: order, exact numbers,
  /// decimals with `.0`, escapes.
  @Test func testWhatTheToolsWriteReadsBackByteForByte() throws {
    let root = Fixtures.packageRoot()
    var files: [URL] = []
    for folder in ["Tests/QDSLOutputsTests/Golden", "Tests/Scenarios", "Tests/QDSLCLITests/Golden"] {
      files += Fixtures.files(in: root.appendingPathComponent(folder), withExtension: "json")
    }
    #expect(files.count > 5)
    for file in files {
      let text = Fixtures.read(file)
      let value = try JSONReader.read(text)
      if file.lastPathComponent.hasSuffix(".form.json")
        || file.deletingLastPathComponent().lastPathComponent == "Golden"
      {
        #expect(value.render() + "\n" == text, Comment(rawValue: file.lastPathComponent))
      }
    }
  }

  /// Mutated documents: every result is a value or a located error, never a crash or a hang.
  @Test func testMutatedDocumentsNeverCrash() throws {
    let seed = Array(
      #"{"a": [1, -2.5e3, "x\u00e9\ud83d\ude00", true, null], "b": {"c": "é"}, "d": 9007199254740993}"#.utf8)
    let alphabet = Array(#"{}[],:"\/-+.0123456789eEtrufalsn x"#.utf8) + [0x00, 0x0A, 0x0D, 0xC3, 0xA9, 0xED, 0xFF]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    for _ in 0..<20_000 {
      var bytes = seed
      for _ in 0..<(1 + next(4)) {
        switch next(3) {
        case 0: bytes[next(bytes.count)] = alphabet[next(alphabet.count)]
        case 1: bytes.insert(alphabet[next(alphabet.count)], at: next(bytes.count + 1))
        default: if bytes.count > 1 { bytes.remove(at: next(bytes.count)) }
        }
      }
      do {
        let value = try JSONReader.read(bytes)
        // What reads also writes, and reads back the same.
        #expect(try JSONReader.read(value.bytes(.compact)) == value)
        #expect(try JSONReader.read(value.render()) == value)
      } catch {
        #expect(error.offset >= 0 && error.offset <= bytes.count)
        #expect(!error.message.isEmpty)
      }
    }
  }
}
