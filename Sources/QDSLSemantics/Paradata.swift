// Paradata: what the collector records about the interview itself (start and end time, the date, the device,
// the interviewer), declared in a `paradata { NAME: KIND }` block and never asked.

/// What a paradata field records.
public enum ParadataKind: String, Sendable, CaseIterable {
  case start, end, today, device, user

  /// The value type of the field: start and end are dates with a time, today a date, device and user texts.
  public var valueType: ValueType {
    switch self {
    case .start, .end: return .datetime
    case .today: return .date
    case .device, .user: return .text
    }
  }

  /// What the field holds, for hovers and codebooks.
  public var meaning: String {
    switch self {
    case .start: return "when the interview started (date and time)"
    case .end: return "when the interview ended (date and time)"
    case .today: return "the date of the interview"
    case .device: return "the identifier of the device the interview was made on"
    case .user: return "the user name of the interviewer or respondent on the device"
    }
  }
}
