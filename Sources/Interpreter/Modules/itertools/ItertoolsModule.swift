// itertools written in Swift, as CPython's is in C: each tool is a class of
// module `itertools` (type(chain()) is <class 'itertools.chain'>) whose
// instances are native iterators (PyIterator, mode .native, with the class in
// `cls`), so a for loop, list() or another tool pulls an item with one
// closure call and no Python frame. A user subclass (class MyChain(chain))
// is an ordinary class: its instances are PyInstances holding the native
// iterator in `native`, reached through the class's __next__.
// Calling the class runs its native __new__ (PyBuiltinFunction.isNativeNew),
// so the arguments are taken even when a subclass's __init__ ignores them.
// Inputs are advanced in CPython's order and user functions (key=, predicate,
// func) are called through the VM, so the debugger steps into them.

enum Itertools {
    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "itertools")
        m.dict["__doc__"] = .str("Functional tools for creating and using iterators.")
        // CPython's order (`from itertools import *` binds them in it).
        m.dict["tee"] = .object(teeFunction())
        for t in [accumulate, batched, chain, combinations, compress, count, combinationsWithReplacement, cycle,
                  dropwhile, filterfalse, groupby, grouper, islice, pairwise, permutations, product, repeatType,
                  starmap, takewhile, teeType, teeDataObject, zipLongest] {
            m.dict[t.name] = .object(t)
        }
        return m
    }

    /// A class of the module. `new` takes the class being instantiated (a
    /// subclass, maybe) and the call's arguments, and makes the iterator.
    static func makeType(_ name: String, doc: String,
                         new: @escaping (VM, PyType, [Value], KwArgs) throws -> PyIterator) -> PyType {
        let t = PyType(name: name, module: "itertools", bases: [BuiltinTypes.object], isBuiltin: false)
        t.setLinearMRO()
        t.slots = []
        t.instancesHaveDict = false
        t.dict["__doc__"] = .str(doc)
        let newFn = PyBuiltinFunction(name: "__new__", owner: name) { vm, args, kw in
            guard case .object(let co)? = args.first, let cls = co as? PyType else {
                let got = args.first.map { vm.typeOf($0).name } ?? "NoneType"
                throw PyError.typeError("\(name).__new__(X): X is not a type object (\(got))")
            }
            guard cls.isSubtype(of: t) else {
                throw PyError.typeError("\(name).__new__(\(cls.name)): \(cls.name) is not a subtype of \(name)")
            }
            return wrap(try new(vm, cls, Array(args.dropFirst()), kw), t, cls)
        }
        newFn.isNativeNew = true
        t.dict["__new__"] = .object(newFn)
        let iterFn = PyBuiltinFunction(name: "__iter__", owner: name, isMethod: true) { vm, args, kw in
            try slotArity(args, kw, 0)
            _ = try state(vm, args[0], t, "__iter__")
            return args[0]
        }
        iterFn.fast1 = { vm, me in _ = try state(vm, me, t, "__iter__"); return me }
        t.dict["__iter__"] = .object(iterFn)
        let nextFn = PyBuiltinFunction(name: "__next__", owner: name, isMethod: true) { vm, args, kw in
            try slotArity(args, kw, 0)
            guard let v = try state(vm, args[0], t, "__next__").next(vm: vm) else { throw PyError.stopIteration() }
            return v
        }
        nextFn.fast1 = { vm, me in
            guard let v = try state(vm, me, t, "__next__").next(vm: vm) else { throw PyError.stopIteration() }
            return v
        }
        t.dict["__next__"] = .object(nextFn)
        return t
    }

    /// The instance `new` made: the iterator itself for the class, a
    /// PyInstance holding it for a subclass.
    static func wrap(_ it: PyIterator, _ t: PyType, _ cls: PyType) -> Value {
        it.cls = t
        if cls === t { return .object(it) }
        let inst = PyInstance(cls: cls)
        inst.native = it
        return .object(inst)
    }

    /// The native iterator of an instance of `t` (or of a subclass).
    static func state(_ vm: VM, _ v: Value, _ t: PyType, _ method: String) throws -> PyIterator {
        if case .object(let o) = v {
            if o.kind == .iterator {
                let it = unsafeDowncast(o, to: PyIterator.self)
                if it.cls === t { return it }
            } else if o.kind == .instance, o.pyType.isSubtype(of: t),
                      let it = unsafeDowncast(o, to: PyInstance.self).native as? PyIterator {
                return it
            }
        }
        throw PyError.typeError("descriptor '\(method)' requires a 'itertools.\(t.name)' object but received a '\(vm.typeOf(v).name)'")
    }

    static func slotArity(_ args: [Value], _ kw: KwArgs, _ n: Int) throws {
        if !kw.isEmpty { throw PyError.typeError("wrapper takes no keyword arguments") }
        if args.isEmpty { throw PyError.typeError("descriptor needs an argument") }
        if args.count - 1 != n { throw PyError.typeError("expected \(n) argument\(n == 1 ? "" : "s"), got \(args.count - 1)") }
    }

    /// A method of the class other than the iterator protocol (count's
    /// __repr__, repeat's __length_hint__, _tee's __copy__).
    static func method(_ t: PyType, _ name: String, _ body: @escaping (VM, Value, PyIterator) throws -> Value) {
        let f = PyBuiltinFunction(name: name, owner: t.name, isMethod: true) { vm, args, kw in
            if !kw.isEmpty { throw PyError.typeError("\(t.name).\(name)() takes no keyword arguments") }
            guard let me = args.first else { throw PyError.typeError("unbound method \(t.name).\(name)() needs an argument") }
            if args.count > 1 { throw PyError.typeError("\(t.name).\(name)() takes no arguments (\(args.count - 1) given)") }
            return try body(vm, me, try state(vm, me, t, name))
        }
        f.fast1 = { vm, me in try body(vm, me, try state(vm, me, t, name)) }
        t.dict[name] = .object(f)
    }

    /// A __repr__ on the class for subclass instances, and on the iterator
    /// for the class's own (reprFn gets the class name).
    static func installRepr(_ t: PyType) {
        method(t, "__repr__") { vm, me, it in .str(try it.reprFn!(vm, vm.typeOf(me).name)) }
    }

    // MARK: Arguments, with the messages of CPython's argument parsers

    /// Keyword arguments are refused: "chain() takes no keyword arguments"
    /// (only for the class itself, as CPython checks: a subclass may take them).
    static func noKeywords(_ name: String, _ kw: KwArgs, _ cls: PyType, _ t: PyType) throws {
        if !kw.isEmpty && cls === t { throw PyError.typeError("\(name)() takes no keyword arguments") }
    }

    static func bind(_ name: String, _ args: [Value], _ kw: KwArgs, _ params: [String],
                     required: Int, kwOnly: Int = 0) throws -> [Value?] {
        try ClinicArgs.bind(name, args, kw, params, required: required, kwOnly: kwOnly)
    }

    /// PyArg_UnpackTuple: "pairwise expected 1 argument, got 2".
    static func positional(_ name: String, _ args: [Value], _ kw: KwArgs, _ cls: PyType, _ t: PyType,
                           min: Int, max: Int) throws {
        try noKeywords(name, kw, cls, t)
        try Meth.arity(name, args.count, min: min, max: max)
    }

    /// The truth of a predicate's result (PyObject_IsTrue).
    @inline(__always) static func truth(_ vm: VM, _ v: Value) throws -> Bool {
        if case .bool(let b) = v { return b }
        return try vm.isTruthy(v)
    }

    /// PyObject_RichCompareBool(a, b, Py_EQ): identity first.
    @inline(__always) static func same(_ vm: VM, _ a: Value, _ b: Value) throws -> Bool {
        if a.isIdentical(to: b) { return true }
        return try vm.equals(a, b)
    }
}
