// list, tuple, range, slice and the big-int box.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPython's trashcan: freeing a list nested 10**6 deep must not recurse 10**6
/// native frames. Past a depth, a dying container's items are parked and the
/// outermost deallocation releases them in a loop. Per thread.
enum Trashcan {
    final class State {
        var depth = 0
        var parked: [[Value]] = []
    }
    static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k) { p in if let p { Unmanaged<State>.fromOpaque(p).release() } }
        return k
    }()
    @inline(__always) static var state: State {
        if let p = pthread_getspecific(key) { return Unmanaged<State>.fromOpaque(p).takeUnretainedValue() }
        let s = State()
        pthread_setspecific(key, Unmanaged.passRetained(s).toOpaque())
        return s
    }
    static let maxDepth = 200

    @inline(__always)
    static func release(_ items: inout [Value]) {
        // Only items that are themselves containers can recurse.
        var nested = false
        for v in items {
            if case .object(let o) = v, o.kind == .list || o.kind == .tuple || o.kind == .dict { nested = true; break }
        }
        if !nested { return }
        let st = state
        if st.depth >= maxDepth {
            st.parked.append(items)
            items = []
            return
        }
        st.depth += 1
        items = []
        if st.depth == 1 {
            while let batch = st.parked.popLast() { _ = batch }
        }
        st.depth -= 1
    }
}

public class PyInt: PyObject {
    public let value: BigInt
    public init(_ value: BigInt) {
        self.value = value
        super.init(kind: .bigInt)
    }
    public override var pyType: PyType { BuiltinTypes.int }
}

public class PyList: PyTrackedObject {
    public var items: [Value]
    public init(_ items: [Value] = []) {
        self.items = items
        super.init(kind: .list)
    }
    public override var pyType: PyType { BuiltinTypes.list }
    deinit { if !items.isEmpty { Trashcan.release(&items) } }
}

public class PyTuple: PyTrackedObject {
    public internal(set) var items: [Value]
    public init(_ items: [Value]) {
        self.items = items
        super.init(kind: .tuple)
    }
    deinit { if !items.isEmpty { Trashcan.release(&items) } }
    public override var pyType: PyType { BuiltinTypes.tuple }
    static let empty = PyTuple([])
}

public final class PyRange: PyObject {
    /// The bounds as Ints; exact unless `big` is set (then clamped).
    public let start: Int, stop: Int, step: Int
    /// The bounds when one of them does not fit in an Int (CPython's long ranges).
    public let big: (start: BigInt, stop: BigInt, step: BigInt)?
    /// The length when it fits in an Int (`count` is then exact).
    public let exactCount: Int?
    public init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        self.big = nil
        self.exactCount = PyRange.intCount(start, stop, step)
        super.init(kind: .range)
    }
    /// A range over arbitrary integers: stored as Ints when they fit.
    public init(bigStart: BigInt, bigStop: BigInt, bigStep: BigInt) {
        if let a = bigStart.asInt, let b = bigStop.asInt, let c = bigStep.asInt {
            start = a; stop = b; step = c
            big = nil
            exactCount = PyRange.intCount(a, b, c)
        } else {
            func clamp(_ x: BigInt) -> Int { x.asInt ?? (x.isNegative ? Int.min : Int.max) }
            start = clamp(bigStart); stop = clamp(bigStop); step = clamp(bigStep)
            big = (bigStart, bigStop, bigStep)
            exactCount = PyRange.bigCount(bigStart, bigStop, bigStep).asInt
        }
        super.init(kind: .range)
    }
    public override var pyType: PyType { BuiltinTypes.range }

    /// The length, nil when it overflows an Int.
    static func intCount(_ start: Int, _ stop: Int, _ step: Int) -> Int? {
        if step > 0 {
            guard start < stop else { return 0 }
            let (d, o) = stop.subtractingReportingOverflow(start)
            if o { return bigCount(BigInt(start), BigInt(stop), BigInt(step)).asInt }
            return (d - 1) / step + 1
        }
        guard start > stop else { return 0 }
        let (d, o) = start.subtractingReportingOverflow(stop)
        if o || step == Int.min { return bigCount(BigInt(start), BigInt(stop), BigInt(step)).asInt }
        return (d - 1) / (-step) + 1
    }

    static func bigCount(_ start: BigInt, _ stop: BigInt, _ step: BigInt) -> BigInt {
        if !step.isNegative {
            guard start < stop else { return .zero }
            return ((stop - start - .one).floorDiv(step) ?? .zero) + .one
        }
        guard stop < start else { return .zero }
        return ((start - stop - .one).floorDiv(-step) ?? .zero) + .one
    }

    /// The length as a BigInt (always exact).
    public var bigLength: BigInt {
        if let n = exactCount { return BigInt(n) }
        let (a, b, c) = bigBounds
        return PyRange.bigCount(a, b, c)
    }
    public var bigBounds: (BigInt, BigInt, BigInt) { big ?? (BigInt(start), BigInt(stop), BigInt(step)) }
    /// Whether every element and the bounds are Ints and the length fits.
    public var isSmall: Bool { big == nil && exactCount != nil }

    /// The length, clamped to Int.max (callers that need it exact check `exactCount`).
    public var count: Int { exactCount ?? Int.max }
    public func element(_ i: Int) -> Int { start &+ i &* step }
    public func bigElement(_ i: BigInt) -> BigInt {
        let (a, _, c) = bigBounds
        return a + i * c
    }
    public var startValue: Value { big.map { .bigInt($0.start) } ?? .int(start) }
    public var stopValue: Value { big.map { .bigInt($0.stop) } ?? .int(stop) }
    public var stepValue: Value { big.map { .bigInt($0.step) } ?? .int(step) }
}

public final class PySlice: PyObject {
    public let start: Value, stop: Value, step: Value
    public init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(kind: .slice)
    }
    public override var pyType: PyType { BuiltinTypes.slice }
}

/// bytes, and bytearray (the mutable one, with its own type).
public class PyBytes: PyObject {
    public var bytes: [UInt8]
    public let isMutable: Bool
    public init(_ bytes: [UInt8], mutable: Bool = false) {
        self.bytes = bytes
        self.isMutable = mutable
        super.init(kind: .bytes)
    }
    public override var pyType: PyType { isMutable ? BuiltinTypes.bytearray : BuiltinTypes.bytes }
}

/// NotImplemented, Ellipsis and other singletons with a fixed repr.
public final class PySingleton: PyObject {
    public let name: String
    let type: PyType
    init(kind: ObjectKind, name: String, type: PyType) {
        self.name = name
        self.type = type
        super.init(kind: kind)
    }
    public override var pyType: PyType { type }
}
