// What the SPSS syntax and the Stata do-file share: a script that labels a data file from the codebook, in one
// language, written into one byte buffer.

import QDSLText

/// A writer of a script that labels a data file (`SPSSWriter`, `StataWriter`).
public protocol LabellingScript {
  /// Appends the whole script for `codebook` in `language`.
  static func write(_ codebook: Codebook, language: String, into out: inout OutputBuffer)
}

extension LabellingScript {
  /// The script as text, ending with a newline.
  public static func render(_ codebook: Codebook, language: String) -> String {
    String(decoding: renderBytes(codebook, language: language), as: UTF8.self)
  }

  /// The same as UTF-8 bytes, for writing to a file without making (and validating) a `String`.
  public static func renderBytes(_ codebook: Codebook, language: String) -> [UInt8] {
    OutputBuffer.bytes(capacity: 4096 + codebook.variables.count * 512) { out in
      write(codebook, language: language, into: &out)
    }
  }
}
