// list, tuple, range, slice and the big-int box.

public final class PyInt: PyObject {
    public let value: BigInt
    public init(_ value: BigInt) {
        self.value = value
        super.init(kind: .bigInt)
    }
    public override var pyType: PyType { BuiltinTypes.int }
}

public final class PyList: PyObject {
    public var items: [Value]
    public init(_ items: [Value] = []) {
        self.items = items
        super.init(kind: .list)
    }
    public override var pyType: PyType { BuiltinTypes.list }
}

public final class PyTuple: PyObject {
    public let items: [Value]
    public init(_ items: [Value]) {
        self.items = items
        super.init(kind: .tuple)
    }
    public override var pyType: PyType { BuiltinTypes.tuple }
    static let empty = PyTuple([])
}

public final class PyRange: PyObject {
    public let start: Int, stop: Int, step: Int
    public init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(kind: .range)
    }
    public override var pyType: PyType { BuiltinTypes.range }
    public var count: Int {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }
    public func element(_ i: Int) -> Int { start + i * step }
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

public final class PyBytes: PyObject {
    public let bytes: [UInt8]
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        super.init(kind: .bytes)
    }
    public override var pyType: PyType { BuiltinTypes.bytes }
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
