// The JSON writer's two layouts, numbers and escapes, and the ordered object with its lookups.

import Foundation
import QDSLText
import Testing

@Suite struct JSONWriterTests {
  private let sample: JSON = .object([
    "name": .string("a \"b\"\n\u{1}"), "n": .int(-9_007_199_254_740_993), "x": .number(100), "y": .number(0.1),
    "list": .array([.bool(true), .null, .array([]), .object([:])]), "empty": .object([:]),
  ])

  @Test func testPrettyLayout() {
    #expect(
      sample.render() == """
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
    #expect(JSON.array([.int(1)]).render(indent: 1) == "[\n    1\n  ]")
  }

  @Test func testCompactLayout() {
    #expect(
      String(decoding: sample.bytes(.compact), as: UTF8.self)
        == #"{"name":"a \"b\"\n\u0001","n":-9007199254740993,"x":100.0,"y":0.1,"list":[true,null,[],{}],"empty":{}}"#)
    #expect(String(decoding: JSON.string("é/").bytes(), as: UTF8.self) == #""é/""#)
  }

  @Test func testNumbers() {
    func text(_ d: Double) -> String { JSON.number(d).render() }
    #expect(text(1.5) == "1.5")
    #expect(text(-3) == "-3.0")
    #expect(text(1e20) == "1e+20")
    #expect(text(.infinity) == "null")
    #expect(text(.nan) == "null")
    #expect(JSON.int(Int.min).render() == "-9223372036854775808")
  }

  @Test func testObjectsKeepTheirOrderAndFindKeysInLargeObjects() {
    var o: JSONObject = ["b": .int(1), "a": .int(2)]
    o["c"] = .int(3)
    o["b"] = .int(4)
    #expect(o.keys == ["b", "a", "c"])
    #expect(o["b"] == .int(4))
    o["a"] = nil
    #expect(o.keys == ["b", "c"])
    #expect(o["a"] == nil)
    var large = JSONObject()
    for i in 0..<5000 { large["k\(i)"] = .int(i) }
    #expect(large.count == 5000)
    #expect(large["k4321"] == .int(4321))
    #expect(large.position(of: "k17") == 17)
    large["k17"] = nil
    #expect(large.position(of: "k18") == 17)
    #expect(large["k4999"] == .int(4999))
    let ab: JSONObject = ["a": .int(1), "b": .int(2)]
    #expect(ab != ["b": .int(2), "a": .int(1)], "order counts")
    #expect(JSONObject([("a", .int(1)), ("a", .int(2))]).members.map(\.value) == [.int(2)])
  }

  @Test func testTheStreamWritesWhatTheValueWrites() {
    var stream = JSONStream()
    stream.beginObject()
    stream.field("name", "x")
    stream.field("n", 3)
    stream.field("ok", true)
    stream.nullField("none")
    stream.endObject()
    #expect(
      stream.text == JSON.object(["name": .string("x"), "n": .int(3), "ok": .bool(true), "none": .null]).render())
  }
}
