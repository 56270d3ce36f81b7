// Functions, cells, bound methods and built-in functions.

public typealias KwArgs = [(String, Value)]
public typealias BuiltinCall = (VM, [Value], KwArgs) throws -> Value

/// A closure cell: the shared box behind a captured variable. `outer` makes
/// it in its prologue (MAKE_CELL), every `inner` made there holds it in
/// `__closure__`, and it outlives `outer`'s frame as long as a closure does.
public final class Cell: PyTrackedObject {
    public var contents: Value?
    /// The variable the cell stands for (for the debugger and reprs).
    public let variable: String
    /// qualname of the function whose frame made the cell.
    public let creatorName: String
    public weak var creatorFrame: Frame?
    /// Creation order, for stable labels in the debugger ("c1", "c2").
    public let serial: Int

    public init(contents: Value?, variable: String, creatorName: String, creatorFrame: Frame?, serial: Int) {
        self.contents = contents
        self.variable = variable
        self.creatorName = creatorName
        self.creatorFrame = creatorFrame
        self.serial = serial
        super.init(kind: .cell)
    }
    public override var pyType: PyType { BuiltinTypes.cell }
}

public final class PyFunction: PyTrackedObject, AttrNamespace {
    /// Variable: `f.__code__ = g.__code__` swaps the body (VM+WritableDunders.swift).
    public var code: CodeObject
    public let globals: Globals
    public var name: String
    public var qualname: String
    /// Defaults for the last positional parameters.
    public var defaults: [Value]
    public var kwDefaults: [(String, Value)]
    public var closure: [Cell]
    public var dict = AttrDict() { didSet { if let d = liveDict { d.pull(dict) } } }
    /// The __dict__ handed out, while alive (LiveNamespace.swift).
    weak var liveDict: PyDict?
    public var doc: Value = .none
    public var annotations: [(String, Value)] = []
    /// A library function standing for one CPython writes in C: it prints
    /// as `<built-in function name>` (listed in its module's `__builtin_functions__`).
    public var showsAsBuiltin = false

    public init(code: CodeObject, globals: Globals, defaults: [Value], kwDefaults: [(String, Value)], closure: [Cell]) {
        self.code = code
        self.globals = globals
        self.name = code.name
        self.qualname = code.qualname
        self.defaults = defaults
        self.kwDefaults = kwDefaults
        self.closure = closure
        super.init(kind: .function)
    }
    public override var pyType: PyType { BuiltinTypes.function }
}

public final class PyBoundMethod: PyTrackedObject {
    public let function: Value
    public let selfValue: Value
    public init(function: Value, selfValue: Value) {
        self.function = function
        self.selfValue = selfValue
        super.init(kind: .boundMethod)
    }
    public override var pyType: PyType { BuiltinTypes.method }
}

/// A function implemented in Swift. Methods of built-in types are stored in
/// the type's dict with `isMethod`; attribute access on an instance binds
/// them (`boundSelf`), like CPython's method descriptors.
public final class PyBuiltinFunction: PyTrackedObject {
    public let name: String
    /// For methods: the owning type's name ("list"), used in reprs and errors.
    public let ownerName: String?
    public let call: BuiltinCall
    /// Optional fast entries that skip the argument array for the common
    /// arities (self alone, self plus one).
    public var fast1: ((VM, Value) throws -> Value)?
    public var fast2: ((VM, Value, Value) throws -> Value)?
    public var fast3: ((VM, Value, Value, Value) throws -> Value)?
    public let boundSelf: Value?
    public let isMethod: Bool
    /// Static/class methods of built-in types (dict.fromkeys, str.maketrans).
    public var isClassMethod = false
    /// The `__new__` of a class written in Swift (itertools.chain): calling
    /// the class, or a subclass, makes its instances through it.
    public var isNativeNew = false
    /// `__module__` of a module's function ("_heapq"), when set.
    public var moduleName: String?
    /// Set for a method that CPython writes in Python ("Random.randint"):
    /// it shows as `<function Random.randint at …>`, and bound as
    /// `<bound method Random.randint of <random.Random object at …>>`.
    public var pythonQualname: String?

    public init(name: String, owner: String? = nil, isMethod: Bool = false, boundSelf: Value? = nil, call: @escaping BuiltinCall) {
        self.name = name
        self.ownerName = owner
        self.call = call
        self.boundSelf = boundSelf
        self.isMethod = isMethod
        // Only a method bound to a container can be part of a cycle.
        if case .object(let o)? = boundSelf, o.kind.canHoldCycle {
            super.init(kind: .builtinFunction)
        } else {
            super.init(untrackedKind: .builtinFunction)
        }
    }
    /// CPython's five types of C callables, told apart as its reprs are.
    public override var pyType: PyType {
        guard let owner = ownerName else { return BuiltinTypes.builtinFunction }
        if let s = boundSelf {
            if case .object(let so) = s, so.kind == .module || so.kind == .type { return BuiltinTypes.builtinFunction }
            return VM.slotWrappers.contains(owner + "." + name) ? BuiltinTypes.callableType("method-wrapper") : BuiltinTypes.builtinFunction
        }
        if isClassMethod { return BuiltinTypes.callableType("classmethod_descriptor") }
        if !isMethod { return BuiltinTypes.builtinFunction }
        return BuiltinTypes.callableType(VM.slotWrappers.contains(owner + "." + name) ? "wrapper_descriptor" : "method_descriptor")
    }

    func bound(to value: Value) -> PyBuiltinFunction {
        let b = PyBuiltinFunction(name: name, owner: ownerName, isMethod: false, boundSelf: value, call: call)
        b.fast1 = fast1
        b.fast2 = fast2
        b.fast3 = fast3
        b.pythonQualname = pythonQualname
        return b
    }
}

public final class PyCode: PyObject {
    public let code: CodeObject
    public init(_ code: CodeObject) {
        self.code = code
        super.init(kind: .code)
    }
    public override var pyType: PyType { BuiltinTypes.code }
}

public final class PyModule: PyObject, AttrNamespace {
    public let name: String
    /// A native module's attributes (math, sys...).
    public var dict = AttrDict() { didSet { if let d = liveDict { d.pull(dict) } } }
    /// A native module's __dict__ handed out, while alive (LiveNamespace.swift).
    weak var liveDict: PyDict?
    /// A module run from Python source: its globals are its attributes
    /// (live: `helper.x` sees the module's later rebinding of x).
    public var globals: Globals?
    /// Where its source came from ("/dir/helper.py", "<frozen functools>").
    public var file: String?
    /// Set while its body runs: `from m import x` on it is then a
    /// circular import (CPython's "partially initialized module").
    public var initializing = false
    /// Made by the program (types.ModuleType('m')): no file, not built in.
    public var madeByProgram = false
    public init(name: String) {
        self.name = name
        super.init(kind: .module)
    }
    public init(name: String, globals: Globals, file: String?) {
        self.name = name
        self.globals = globals
        self.file = file
        super.init(kind: .module)
    }
    /// The module's attribute `name`, wherever it lives.
    public func attribute(_ name: String) -> Value? {
        if let g = globals { return g[name] }
        return dict[name]
    }
    public func setAttribute(_ name: String, _ value: Value?) {
        if let g = globals {
            if let v = value { g.store(v, slot: g.slot(for: name)) } else if let s = g.existingSlot(name) { g.unbind(slot: s) }
        } else {
            dict[name] = value
        }
    }
    /// Bound attributes in definition order.
    public var items: [(String, Value)] {
        if let g = globals { return g.boundItems }
        return dict.items
    }
    public override var pyType: PyType { BuiltinTypes.module }
}

/// An instance of a user class.
public final class PyInstance: PyTrackedObject, AttrNamespace {
    /// `var`: `obj.__class__ = Other` (VM+ClassAssignment.swift).
    public var cls: PyType
    public var dict = AttrDict() { didSet { if let d = liveDict { d.pull(dict) } } }
    /// The __dict__ handed out, while alive (LiveNamespace.swift).
    weak var liveDict: PyDict?
    /// State of a class written in Swift (collections.deque's ring buffer).
    var native: AnyObject?
    /// Its __del__ has run (or it is the stand-in that runs it): not again.
    var finalized = false
    public init(cls: PyType) {
        self.cls = cls
        super.init(kind: .instance)
    }
    public override var pyType: PyType { cls }

    deinit {
        // Finalization.swift: __del__ runs on a stand-in with this class and state.
        if !finalized && cls.hasFinalizer {
            let standIn = PyInstance(cls: cls)
            standIn.dict = dict
            standIn.native = native
            standIn.finalized = true
            Finalization.enqueue(.del(standIn))
        }
        if Finalization.watchedWeakrefs > 0 { Finalization.enqueue(.weakCallbacks) }
    }
}

public final class PyProperty: PyObject {
    public var getter: Value, setter: Value, deleter: Value, doc: Value
    /// prop_name: set by __set_name__ (else the getter's __name__ names it).
    public var name: Value?
    /// The doc was taken from the getter (property_copy then lets the copy take its new getter's).
    public var getterDoc = false
    public init(getter: Value, setter: Value = .none, deleter: Value = .none, doc: Value = .none) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        self.doc = doc
        super.init(kind: .property)
    }
    public override var pyType: PyType { BuiltinTypes.property }
}

/// A `__slots__` entry in its class: `<member 'x' of 'C' objects>`.
public final class PyMemberDescriptor: PyObject {
    public let name: String
    public let ownerName: String
    public init(name: String, ownerName: String) {
        self.name = name
        self.ownerName = ownerName
        super.init(kind: .other)
    }
    public override var pyType: PyType { BuiltinTypes.iteratorType(named: "member_descriptor") }
}

/// staticmethod / classmethod wrappers.
public final class PyMethodWrapper: PyObject {
    public var function: Value
    public init(function: Value, isClassMethod: Bool) {
        self.function = function
        super.init(kind: isClassMethod ? .classMethod : .staticMethod)
    }
    public override var pyType: PyType { kind == .classMethod ? BuiltinTypes.classmethod : BuiltinTypes.staticmethod }
}

public final class PySuper: PyObject {
    public let thisType: PyType
    public let object: Value
    public let objectType: PyType
    public init(thisType: PyType, object: Value, objectType: PyType) {
        self.thisType = thisType
        self.object = object
        self.objectType = objectType
        super.init(kind: .superProxy)
    }
    public override var pyType: PyType { BuiltinTypes.superType }
}
