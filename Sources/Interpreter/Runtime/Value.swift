// A Python value. Ints, floats, bools and None live inline (no heap
// allocation, no reference counting); everything else is a PyObject. Ints
// that overflow Int are promoted to `.object(PyInt)` holding a BigInt, and
// results are demoted back whenever they fit, so `.int` is the only
// representation of a small int (which `is` and `id()` rely on).

public enum Value {
    case int(Int)
    case float(Double)
    case bool(Bool)
    case none
    case object(PyObject)

    @inline(__always) public static func str(_ s: String) -> Value { .object(PyStr(s)) }
    @inline(__always) public static func bigInt(_ b: BigInt) -> Value {
        if let small = b.asInt { return .int(small) }
        return .object(PyInt(b))
    }

    @inline(__always) public var asObject: PyObject? {
        if case .object(let o) = self { return o }
        return nil
    }
}

extension UnsafeMutablePointer where Pointee == Value {
    /// The object stored here, without retaining it: for reading a value in
    /// place while its slot keeps it alive.
    @inline(__always) var unretainedObject: Unmanaged<PyObject>? {
        if case .object(let o) = pointee { return Unmanaged.passUnretained(o) }
        return nil
    }
}

/// What kind of built-in object a PyObject is: the VM switches on this
/// instead of using dynamic casts in hot paths.
public enum ObjectKind: UInt8 {
    case str, bigInt, complex, list, tuple, dict, set, frozenset, range, slice
    case function, builtinFunction, boundMethod, cell, code
    case type, instance, exception, module
    case iterator, generator, property, staticMethod, classMethod, superProxy
    case notImplemented, ellipsis, bytes, other
    /// An instance of a user subclass of float (SubclassInstances.swift).
    case boxedFloat
}

/// Base class of every heap value. `kind` is fixed at creation.
open class PyObject {
    public final let kind: ObjectKind
    /// An instance of a user subclass of a built-in type (class Stack(list)):
    /// the VM looks for the class's overriding dunders before native code.
    public final var hasUserClass = false
    /// The cycle collector's scratch slot (CycleCollector.swift): the
    /// object's index + 1 among a collection's candidates, else 0. It fits
    /// in the padding after the two flags, so objects do not grow.
    final var gcIndex: Int32 = 0
    public init(kind: ObjectKind) {
        self.kind = kind
        AllocationOrder.note(self)
    }

    /// The Python type of this object; overridden by each object class.
    public var pyType: PyType { fatalError("pyType not overridden for \(Swift.type(of: self))") }

    /// The identity `id()` and reprs use (`0x...`).
    public final var address: Int { Int(bitPattern: UInt(bitPattern: ObjectIdentifier(self))) }
}

extension Value {
    /// `a is b`. Inline values compare by value (CPython caches small ints,
    /// bools and None; within one code object equal constants are shared).
    public func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        case (.bool(let a), .bool(let b)): return a == b
        case (.none, .none): return true
        case (.object(let a), .object(let b)): return a === b
        default: return false
        }
    }

    /// `id(value)`: stable for the object's life. Inline values get an address
    /// derived from their value, so `id(10) == id(x)` after `x = 10`.
    public var identity: Int {
        switch self {
        case .int(let v): return 0x7f00_0000_0000 &+ (v &* 32)
        case .float(let d): return 0x7e00_0000_0000 &+ Int(truncatingIfNeeded: d.bitPattern >> 3)
        case .bool(let b): return b ? 0x7d00_0000_0020 : 0x7d00_0000_0040
        case .none: return 0x7d00_0000_0080
        case .object(let o): return o.address
        }
    }
}
