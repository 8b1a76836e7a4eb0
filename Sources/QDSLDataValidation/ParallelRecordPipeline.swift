// Checking a data file on several cores with memory bounded: the calling thread reads records in batches, worker
// threads check the batches side by side, and the results come back to the calling thread in the order of the
// file. Only a few batches are ever in flight, so memory does not grow with the file; their rows are reused.

import Foundation

/// Reads batches of rows on the calling thread, checks them on worker threads and hands the results over in
/// input order.
///
/// ```swift
/// // `rules` is a Sendable value with a non-mutating `check(_: DataFileRow) -> [DataFinding]`.
/// try ParallelRecordPipeline.run(
///   read: { row in try reader.nextRow(into: &row) },
///   makeCheck: { { batch in batch.map { rules.check($0) } } },
///   emit: { perRecord in for findings in perRecord { write(findings) } })
/// ```
public enum ParallelRecordPipeline {
  /// Reads rows with `read` (false at the end of the file) into batches of `batchSize`; each of `workers` threads
  /// makes its own check with `makeCheck` (so a check may keep state of its own) and checks whole batches; `emit`
  /// gets each batch's result on the calling thread, batches in the order read. At most `workers * 2` batches are
  /// read ahead of the one emitted next. A problem thrown by `read` or `emit` stops the reading, lets the workers
  /// finish the batches they hold, and is thrown again (the batches after the problem are not emitted).
  /// With `workers` at most 1 everything runs on the calling thread.
  public static func run<Result: Sendable, Failure: Error>(
    workers: Int = 2, batchSize: Int = 2048,
    read: (inout DataFileRow) throws(Failure) -> Bool,
    makeCheck: @escaping @Sendable () -> ([DataFileRow]) -> Result,
    emit: (Result) throws(Failure) -> Void
  ) throws(Failure) {
    try run(
      workers: workers, batchSize: batchSize, empty: DataFileRow(), read: read, makeCheck: makeCheck, emit: emit)
  }

  /// The same for items of any kind (a record with what was read with it): `empty` makes an item to read into,
  /// and items are reused from batch to batch as rows are.
  public static func run<Item: Sendable, Result: Sendable, Failure: Error>(
    workers: Int = 2, batchSize: Int = 2048, empty: @autoclosure () -> Item,
    read: (inout Item) throws(Failure) -> Bool,
    makeCheck: @escaping @Sendable () -> ([Item]) -> Result,
    emit: (Result) throws(Failure) -> Void
  ) throws(Failure) {
    let size = max(1, batchSize)
    if workers <= 1 {
      let check = makeCheck()
      var batch: [Item] = []
      var item = empty()
      while true {
        batch.removeAll(keepingCapacity: true)
        var more = true
        while batch.count < size {
          more = try read(&item)
          guard more else { break }
          batch.append(item)
        }
        if !batch.isEmpty { try emit(check(batch)) }
        if !more { return }
      }
    }
    let queue = BatchQueue<Item, Result>(limit: workers * 2)
    let done = DispatchGroup()
    for _ in 0..<workers {
      done.enter()
      let thread = Thread {
        let check = makeCheck()
        while let (index, batch) = queue.take() {
          queue.finish(index, check(batch), returning: batch)
        }
        done.leave()
      }
      thread.stackSize = 8 << 20
      thread.start()
    }
    defer {
      queue.close()
      done.wait()
    }
    var next = 0
    var readCount = 0
    var more = true
    while more {
      var batch = queue.recycled()
      var k = 0
      while k < size {
        if k == batch.count { batch.append(empty()) }
        more = try read(&batch[k])
        guard more else { break }
        k += 1
      }
      if k < batch.count { batch.removeSubrange(k...) }
      if k > 0 {
        queue.put(readCount, batch)
        readCount += 1
      }
      // Emit what is ready; wait when too much is read ahead.
      while let result = queue.result(next, waiting: more ? queue.isFull : next < readCount) {
        try emit(result)
        next += 1
      }
    }
  }
}

/// The batches waiting for a worker, the results waiting to be emitted, and the rows to reuse.
private final class BatchQueue<Item: Sendable, Result: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private let limit: Int
  private var pending: [(Int, [Item])] = []
  private var results: [Int: Result] = [:]
  private var free: [[Item]] = []
  private var inFlight = 0
  private var closed = false

  init(limit: Int) { self.limit = max(1, limit) }

  /// Whether as many batches are in flight (read, not yet emitted) as allowed.
  var isFull: Bool {
    condition.lock()
    defer { condition.unlock() }
    return inFlight >= limit
  }

  func put(_ index: Int, _ batch: [Item]) {
    condition.lock()
    pending.append((index, batch))
    inFlight += 1
    condition.broadcast()
    condition.unlock()
  }

  /// A batch to check, or nil once the queue is closed and empty.
  func take() -> (Int, [Item])? {
    condition.lock()
    defer { condition.unlock() }
    while pending.isEmpty && !closed { condition.wait() }
    return pending.isEmpty ? nil : pending.removeFirst()
  }

  func finish(_ index: Int, _ result: Result, returning batch: [Item]) {
    condition.lock()
    results[index] = result
    free.append(batch)
    condition.broadcast()
    condition.unlock()
  }

  /// Rows to read the next batch into (those of a batch already checked, when there is one).
  func recycled() -> [Item] {
    condition.lock()
    defer { condition.unlock() }
    return free.popLast() ?? []
  }

  /// The result of batch `index`: waits for it when `waiting`, else nil when it is not there yet.
  func result(_ index: Int, waiting: Bool) -> Result? {
    condition.lock()
    defer { condition.unlock() }
    while results[index] == nil {
      guard waiting else { return nil }
      condition.wait()
    }
    inFlight -= 1
    return results.removeValue(forKey: index)
  }

  /// No more batches: the workers end once the pending ones are checked.
  func close() {
    condition.lock()
    closed = true
    condition.broadcast()
    condition.unlock()
  }
}
