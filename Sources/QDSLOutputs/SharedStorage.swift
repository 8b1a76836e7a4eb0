// The identity of an array's storage: the codebook shares one value array among every variable of a choice list,
// so writers that group variables by their values can recognise a repeat without comparing the values.

extension Array {
  /// The address of the elements, the same for every copy of one array (nil when empty). Two arrays with the
  /// same address have the same elements; arrays with different addresses may still be equal.
  var storageIdentity: UnsafeRawPointer? {
    withUnsafeBufferPointer { $0.baseAddress.map { UnsafeRawPointer($0) } }
  }
}
