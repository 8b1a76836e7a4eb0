// How a language tag is matched against the tables of names and words: in any case (BCP 47 tags are
// case-insensitive), by the whole tag first and then by its primary subtag (`fi-FI` → fi).

/// Lookup keys of BCP 47 language tags.
public enum LanguageTag {
  /// The lower-case primary subtag: `FI` → fi, `sv-FI` → sv.
  public static func primary(_ tag: String) -> String {
    let end = tag.firstIndex(of: "-") ?? tag.endIndex
    return tag[..<end].lowercased()
  }

  /// The keys to try, most specific first: the whole tag and its primary subtag, in lower case.
  static func keys(_ tag: String) -> [String] {
    let whole = tag.lowercased()
    let primary = primary(tag)
    return whole == primary ? [whole] : [whole, primary]
  }
}
