// The JSON writer's two layouts, numbers and escapes, and the ordered object with its lookups.

import QDSLText
import XCTest

final class JSONWriterTests: XCTestCase {
  private let sample: JSON = .object([
    "name": .string("a \"b\"\n\u{1}"), "n": .int(-9_007_199_254_740_993), "x": .number(100), "y": .number(0.1),
    "list": .array([.bool(true), .null, .array([]), .object([:])]), "empty": .object([:]),
  ])

  func testPrettyLayout() {
    XCTAssertEqual(
      sample.render(),
      """
      {
        "name": "a \\"b\\"\\n\\u0001",
        "n": -9007199254740993,
        "x": 100.0,
        "y": 0.1,
        "list": [
          true,
          null,
          [],
          {}
        ],
        "empty": {}
      }
      """)
    XCTAssertEqual(JSON.array([.int(1)]).render(indent: 1), "[\n    1\n  ]")
  }

  func testCompactLayout() {
    XCTAssertEqual(
      String(decoding: sample.bytes(.compact), as: UTF8.self),
      #"{"name":"a \"b\"\n\u0001","n":-9007199254740993,"x":100.0,"y":0.1,"list":[true,null,[],{}],"empty":{}}"#)
    XCTAssertEqual(String(decoding: JSON.string("é/").bytes(), as: UTF8.self), #""é/""#)
  }

  func testNumbers() {
    func text(_ d: Double) -> String { JSON.number(d).render() }
    XCTAssertEqual(text(1.5), "1.5")
    XCTAssertEqual(text(-3), "-3.0")
    XCTAssertEqual(text(1e20), "1e+20")
    XCTAssertEqual(text(.infinity), "null")
    XCTAssertEqual(text(.nan), "null")
    XCTAssertEqual(JSON.int(Int.min).render(), "-9223372036854775808")
  }

  func testObjectsKeepTheirOrderAndFindKeysInLargeObjects() {
    var o: JSONObject = ["b": .int(1), "a": .int(2)]
    o["c"] = .int(3)
    o["b"] = .int(4)
    XCTAssertEqual(o.keys, ["b", "a", "c"])
    XCTAssertEqual(o["b"], .int(4))
    o["a"] = nil
    XCTAssertEqual(o.keys, ["b", "c"])
    XCTAssertNil(o["a"])
    var large = JSONObject()
    for i in 0..<5000 { large["k\(i)"] = .int(i) }
    XCTAssertEqual(large.count, 5000)
    XCTAssertEqual(large["k4321"], .int(4321))
    XCTAssertEqual(large.position(of: "k17"), 17)
    large["k17"] = nil
    XCTAssertEqual(large.position(of: "k18"), 17)
    XCTAssertEqual(large["k4999"], .int(4999))
    let ab: JSONObject = ["a": .int(1), "b": .int(2)]
    XCTAssertNotEqual(ab, ["b": .int(2), "a": .int(1)], "order counts")
    XCTAssertEqual(JSONObject([("a", .int(1)), ("a", .int(2))]).members.map(\.value), [.int(2)])
  }

  func testTheStreamWritesWhatTheValueWrites() {
    var stream = JSONStream()
    stream.beginObject()
    stream.field("name", "x")
    stream.field("n", 3)
    stream.field("ok", true)
    stream.nullField("none")
    stream.endObject()
    XCTAssertEqual(
      stream.text,
      JSON.object(["name": .string("x"), "n": .int(3), "ok": .bool(true), "none": .null]).render())
  }
}
