// What the SPSS syntax and the Stata do-file share: a script that labels one data file (one level's) from the
// codebook, in one language, written into one byte buffer; and the header lines that say which file it is for.

import QDSLText

/// A writer of a script that labels a data file (`SPSSWriter`, `StataWriter`).
public protocol LabellingScript {
  /// Appends the whole script for the data file of the level `level` (0: the instrument's) in `language`.
  static func write(_ codebook: Codebook, level: Int, language: String, into out: inout OutputBuffer)

  /// The suffix of the script's file after the stem and the level's `.NAME` (`.sps`, `.do`).
  static var fileExtension: String { get }
}

extension LabellingScript {
  /// The script as text, ending with a newline.
  public static func render(_ codebook: Codebook, level: Int = 0, language: String) -> String {
    String(decoding: renderBytes(codebook, level: level, language: language), as: UTF8.self)
  }

  /// The same as UTF-8 bytes, for writing to a file without making (and validating) a `String`.
  public static func renderBytes(_ codebook: Codebook, level: Int = 0, language: String) -> [UInt8] {
    OutputBuffer.bytes(capacity: 4096 + codebook.levels[level].variables.count * 512) { out in
      write(codebook, level: level, language: language, into: &out)
    }
  }

  /// The script's file name for a level: `STEM.sps`, `STEM.person.sps`.
  public static func fileName(_ codebook: Codebook, level: Int) -> String {
    codebook.stem + codebook.levels[level].fileSuffix + fileExtension
  }
}

extension Codebook {
  /// For a survey with repeats, the header lines of a level's script: which data file it labels, what its rows
  /// are and its key columns, and the scripts of the other files. None without repeats (one data file).
  func levelLines(_ level: Int, language: String, scriptExtension: String) -> [String] {
    guard hasLevels else { return [] }
    let l = levels[level]
    var lines = [
      "This file labels the data file \(l.dataFile(stem: stem)): \(l.rows.text(language)); "
        + "its key columns are \(l.keys.joined(separator: ", ")).",
      "Each data file has its own file of labels; the files linked to this one by their keys are labelled thus.",
    ]
    // The files linked to this one by their keys: the enclosing level's and the levels directly inside. (Not every
    // file: with hundreds of repeats, each script naming all the others would grow with their square.)
    for i in (l.parent.map { [$0] } ?? []) + l.children {
      let other = levels[i]
      lines.append("\(other.dataFile(stem: stem)) is labelled by \(stem + other.fileSuffix + scriptExtension).")
    }
    return lines
  }
}
