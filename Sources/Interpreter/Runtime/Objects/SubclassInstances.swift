// Instances of user classes whose base is a built-in type (class Stack(list),
// class Celsius(float)), laid out as CPython does: each is the native object
// itself (a PyList is a list to every native function and fast check) that
// also carries its class and an attribute dict. `hasUserClass` is set on
// them so the VM looks for the class's overriding dunders before running the
// native code (VM+Subclasses.swift). Floats have no heap form of their own,
// so a float subclass instance is a box (kind .boxedFloat) that asNum reads.

/// The class and `__dict__` of a built-in subclass instance.
public final class InstanceState: AttrNamespace {
    public var cls: PyType
    public var dict = AttrDict() { didSet { if let d = liveDict { d.pull(dict) } } }
    /// The __dict__ handed out, while alive (LiveNamespace.swift).
    weak var liveDict: PyDict?
    init(cls: PyType) { self.cls = cls }
}

final class PyListOfClass: PyList {
    let state: InstanceState
    init(cls: PyType, items: [Value]) {
        state = InstanceState(cls: cls)
        super.init(items)
        hasUserClass = true
    }
    override var pyType: PyType { state.cls }
}

final class PyTupleOfClass: PyTuple {
    let state: InstanceState
    init(cls: PyType, items: [Value]) {
        state = InstanceState(cls: cls)
        super.init(items)
        hasUserClass = true
    }
    override var pyType: PyType { state.cls }
}

final class PyDictOfClass: PyDict {
    let state: InstanceState
    init(cls: PyType) {
        state = InstanceState(cls: cls)
        super.init()
        hasUserClass = true
    }
    override var pyType: PyType { state.cls }
}

final class PySetOfClass: PySet {
    let state: InstanceState
    init(cls: PyType, frozen: Bool) {
        state = InstanceState(cls: cls)
        super.init(frozen: frozen)
        hasUserClass = true
    }
    override var pyType: PyType { state.cls }
}

final class PyStrOfClass: PyStr {
    let state: InstanceState
    init(cls: PyType, value: String) {
        state = InstanceState(cls: cls)
        super.init(value)
        hasUserClass = true
    }
    override var pyType: PyType { state.cls }
}

/// An int subclass instance: a PyInt whose value may be small (code that
/// reads kind .bigInt takes `.value`, which is exact either way).
final class PyIntOfClass: PyInt {
    let state: InstanceState
    init(cls: PyType, value: BigInt) {
        state = InstanceState(cls: cls)
        super.init(value)
        hasUserClass = true
    }
    override var pyType: PyType { state.cls }
}

final class PyBytesOfClass: PyBytes {
    let state: InstanceState
    init(cls: PyType, bytes: [UInt8], mutable: Bool) {
        state = InstanceState(cls: cls)
        super.init(bytes, mutable: mutable)
        hasUserClass = true
    }
    override var pyType: PyType { state.cls }
}

final class PyComplexOfClass: PyComplex {
    let state: InstanceState
    init(cls: PyType, value: ComplexNumber) {
        state = InstanceState(cls: cls)
        super.init(value)
        hasUserClass = true
    }
    override var pyType: PyType { state.cls }
}

final class PyFloatOfClass: PyObject {
    let value: Double
    let state: InstanceState
    init(cls: PyType, value: Double) {
        self.value = value
        state = InstanceState(cls: cls)
        super.init(kind: .boxedFloat)
        hasUserClass = true
    }
    override var pyType: PyType { state.cls }
}

extension PyObject {
    /// The class and attributes of a built-in subclass instance (only when
    /// `hasUserClass`).
    var instanceState: InstanceState {
        switch kind {
        case .list: return unsafeDowncast(self, to: PyListOfClass.self).state
        case .tuple: return unsafeDowncast(self, to: PyTupleOfClass.self).state
        case .dict: return unsafeDowncast(self, to: PyDictOfClass.self).state
        case .set, .frozenset: return unsafeDowncast(self, to: PySetOfClass.self).state
        case .str: return unsafeDowncast(self, to: PyStrOfClass.self).state
        case .bigInt: return unsafeDowncast(self, to: PyIntOfClass.self).state
        case .bytes: return unsafeDowncast(self, to: PyBytesOfClass.self).state
        case .complex: return unsafeDowncast(self, to: PyComplexOfClass.self).state
        default: return unsafeDowncast(self, to: PyFloatOfClass.self).state
        }
    }
}

extension Value {
    /// An instance of a user subclass of a built-in type.
    @inline(__always) var hasUserClass: Bool {
        if case .object(let o) = self { return o.hasUserClass }
        return false
    }
}
