// PyLibError: the one error type thrown by the leaf number/text libraries.
//
// API:
//   struct PyLibError: Error, Equatable
//     .kind: Kind            (.valueError, .typeError, .overflowError, .zeroDivisionError)
//     .message: String       CPython's exact message text
//     .pythonTypeName        "ValueError", "TypeError", ...
//   static helpers: .value(_:), .type(_:), .overflow(_:), .zeroDivision(_:)
//
// The runtime maps it to the Python exception of the same name.

public struct PyLibError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case valueError, typeError, overflowError, zeroDivisionError, memoryError
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public static func value(_ m: String) -> PyLibError { PyLibError(.valueError, m) }
    public static func type(_ m: String) -> PyLibError { PyLibError(.typeError, m) }
    public static func overflow(_ m: String) -> PyLibError { PyLibError(.overflowError, m) }
    /// C's ERANGE as CPython raises it from float ** (an OSError-style
    /// pair of args: errno 34 and strerror).
    public static let rangeErrorMessage = "(34, 'Numerical result out of range')"
    public static func zeroDivision(_ m: String) -> PyLibError { PyLibError(.zeroDivisionError, m) }
    /// A result beyond the allocation budget (MemoryBudget).
    public static let memory = PyLibError(.memoryError, "")

    public var pythonTypeName: String {
        switch kind {
        case .valueError: return "ValueError"
        case .typeError: return "TypeError"
        case .overflowError: return "OverflowError"
        case .zeroDivisionError: return "ZeroDivisionError"
        case .memoryError: return "MemoryError"
        }
    }

    public var description: String { "\(pythonTypeName): \(message)" }
}
