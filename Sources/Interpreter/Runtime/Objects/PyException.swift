// Exception instances (of built-in exception classes and user subclasses),
// and the Swift error that carries one through Swift code.

public final class PyExceptionObject: PyObject, AttrNamespace {
    public var cls: PyType
    public var args: [Value]
    public var dict = AttrDict() { didSet { if let d = liveDict { d.pull(dict) } } }
    /// The __dict__ handed out, while alive (LiveNamespace.swift).
    weak var liveDict: PyDict?
    /// Where it travelled, innermost last: (code, line) per frame it crossed.
    public var traceback: [TracebackRecord] = []
    /// The __traceback__ object last handed out and the record count it
    /// shows: the same object while the exception has not travelled further.
    var tracebackObject: (count: Int, tb: PyTraceback)?
    public var cause: PyExceptionObject?
    public var context: PyExceptionObject?
    public var suppressContext = false
    /// For StopIteration: the generator's return value.
    public var value: Value { args.first ?? .none }
    /// NameError/AttributeError `name`, ImportError `name_from`: the name
    /// that was not found (what "Did you mean" suggestions start from).
    public var missingName: String?
    /// AttributeError `obj`: the object the attribute was looked up on.
    public var missingFrom: Value?
    /// ImportError `name`: the module a `from M import x` read.
    public var importModule: String?
    /// A BaseExceptionGroup's message and members, as its __new__ took them.
    public var group: (message: Value, exceptions: PyTuple)?
    /// NameError/AttributeError raised by the VM keep the innermost frame in
    /// their traceback (CPython's tb_frame): the suggestions read its locals.
    var keepsFrame: Bool { missingName != nil && importModule == nil }

    public init(cls: PyType, args: [Value]) {
        self.cls = cls
        self.args = args
        super.init(kind: .exception)
    }
    public override var pyType: PyType { cls }
}

public struct TracebackRecord {
    /// The frame itself, kept alive for post-mortem inspection (tb_frame).
    public let frame: Frame?
    public let code: CodeObject
    public let line: Int
    public let position: SourceRange?
}

/// A Python exception in flight through Swift code. Builtins throw these;
/// the VM catches them and unwinds Python frames.
public struct PyError: Error {
    public let exception: PyExceptionObject
    public init(_ exception: PyExceptionObject) { self.exception = exception }

    public init(_ type: PyType, _ message: String) {
        self.exception = PyExceptionObject(cls: type, args: [.str(message)])
    }

    public static func typeError(_ m: String) -> PyError { PyError(BuiltinTypes.TypeError, m) }
    public static func valueError(_ m: String) -> PyError { PyError(BuiltinTypes.ValueError, m) }
    public static func indexError(_ m: String) -> PyError { PyError(BuiltinTypes.IndexError, m) }
    public static func keyError(_ key: Value) -> PyError { PyError(PyExceptionObject(cls: BuiltinTypes.KeyError, args: [key])) }
    public static func attributeError(_ m: String) -> PyError { PyError(BuiltinTypes.AttributeError, m) }
    public static func nameError(_ m: String) -> PyError { PyError(BuiltinTypes.NameError, m) }
    public static func zeroDivision(_ m: String) -> PyError { PyError(BuiltinTypes.ZeroDivisionError, m) }
    public static func overflow(_ m: String) -> PyError { PyError(BuiltinTypes.OverflowError, m) }
    public static func runtimeError(_ m: String) -> PyError { PyError(BuiltinTypes.RuntimeError, m) }
    public static func stopIteration(_ v: Value = .none) -> PyError {
        PyError(PyExceptionObject(cls: BuiltinTypes.StopIteration, args: v.isNone ? [] : [v]))
    }
}

extension Value {
    @inline(__always) public var isNone: Bool { if case .none = self { return true }; return false }
}

/// The object `__traceback__` and `exit(exc_type, exc, tb)` receive: the
/// innermost frame's line and the chain to the rest.
public final class PyTraceback: PyObject {
    let records: ArraySlice<TracebackRecord>
    init(records: ArraySlice<TracebackRecord>) {
        self.records = records
        super.init(kind: .other)
    }
    public override var pyType: PyType { BuiltinTypes.iteratorType(named: "traceback") }
}
