// Exit codes of every command: 0 success, 1 findings (errors, or differences for --check), 2 usage or I/O errors.

/// The process exit status.
enum ExitCode: Int32 {
  case success = 0
  case findings = 1
  case usage = 2
}
