// Where an expression of a repeated item is evaluated: the iterations around it (outermost first), each with its
// number, its option and the prefix of its instance paths, and what the form's repeats look like (FormScope).

/// One iteration of a repeat, as the context of the items inside it.
public struct FormIterationFrame: Sendable, Equatable {
  /// The repeat's id.
  public var repeatID: String
  /// The iteration's number, from 1.
  public var index: Int
  /// For `for each` over options: the option's code.
  public var option: Int?
  /// The prefix of the instance paths of its items: the path and a dot.
  public var prefix: String
  /// For `for each` over an earlier repeat S: the source's instance path up to the iteration number
  /// (`person[`). Kept instead of `source`, which is made only when read (most frames never read it).
  var sourceStem: String?

  /// The iteration's path: `person[2]`, `person[2].job[1]`.
  public var path: String { String(Substring(prefix.utf8.dropLast())) }

  /// For `for each` over an earlier repeat S: the prefix of the instance of S this iteration stands for
  /// (`person[3].`).
  public var source: String? { sourceStem.map { $0 + String(index) + "]." } }
}

/// The repeats of a form and the variables inside them, for resolving names in iterations. Shared by every
/// evaluation of the form.
struct FormScope: Sendable {
  /// The repeats by id.
  var levels: [String: FormRepeatLevel] = [:]
  /// The number of repeats around each repeated variable (variables outside repeats are not listed).
  var depths: [String: Int] = [:]
  /// The compiled patterns of `matches()`, shared by the evaluations of this form.
  let patterns = FormPatternCache()

  static let empty = FormScope()

  init() {}

  init(form: FormModel, variables: [FormVariable]) {
    for level in form.repeatLevels { levels[level.id] = level }
    for v in variables where !v.repeats.isEmpty { depths[v.name] = v.repeats.count }
  }

  var hasRepeats: Bool { !levels.isEmpty }

  /// The frame of iteration `index` of `level` inside the iterations `parents`. Made once per iteration walked
  /// (and per iteration an aggregate reads), so the prefix is built in one string.
  func frame(_ level: FormRepeatLevel, _ index: Int, parents: [FormIterationFrame], option: Int?)
    -> FormIterationFrame
  {
    let number = String(index)
    let parent = parents.last?.prefix ?? ""
    var prefix = ""
    prefix.reserveCapacity(parent.utf8.count + level.id.utf8.count + number.utf8.count + 3)
    prefix += parent
    prefix += level.id
    prefix += "["
    prefix += number
    prefix += "]."
    var sourceStem: String?
    if case .repeat(let s) = level.repeat.driver, let enclosing = level.sourceEnclosing {
      sourceStem = (enclosing >= 1 && enclosing <= parents.count ? parents[enclosing - 1].prefix : "") + s + "["
    }
    return FormIterationFrame(
      repeatID: level.id, index: index, option: option, prefix: prefix, sourceStem: sourceStem)
  }

  /// The prefix of the instance paths of the iterations of `level` seen from inside `parents`: the prefix of
  /// its enclosing iteration.
  func sourcePrefix(_ level: FormRepeatLevel, parents: [FormIterationFrame]) -> String {
    let enclosing = level.chain.count - 1
    return enclosing >= 1 && enclosing <= parents.count ? parents[enclosing - 1].prefix : ""
  }

  /// The frames of an iteration path (`person[2].other[1]`) in a finished evaluation; nil when the path does
  /// not name iterations that ran.
  func frames(
    at path: String, iterations: [String: Int], options: [String: Int]
  ) -> [FormIterationFrame]? {
    guard !path.isEmpty else { return [] }
    guard let (_, steps) = FormInstancePath.split(path + ".x"), !steps.isEmpty else { return nil }
    var frames: [FormIterationFrame] = []
    for step in steps {
      guard let level = levels[step.repeat], level.chain.dropLast().elementsEqual(frames.map(\.repeatID)),
        step.index <= iterations[(frames.last?.prefix ?? "") + step.repeat] ?? 0
      else { return nil }
      let iterationPath = (frames.last?.prefix ?? "") + step.repeat + "[" + String(step.index) + "]"
      frames.append(frame(level, step.index, parents: frames, option: options[iterationPath]))
    }
    return frames
  }
}
