// Calling a plain class from the eval loop: CALL makes the instance and
// enters __init__'s frame without going through type.__call__ (the MRO
// walks for __new__ and __init__, a bound method, an argument array and a
// nested eval loop). "Plain": a user class with object's __new__, no
// metaclass, no built-in base, not an exception, and a Python function
// (not a generator) as __init__. Remembered per class for one TypeEpoch.

extension VM {
    /// The __init__ CALL may enter directly for class `t`, or nil.
    @inline(__always)
    func plainInitializer(_ t: PyType) -> PyFunction? {
        if t.initializerEpoch == TypeEpoch.current { return t.initializer }
        return findPlainInitializer(t)
    }

    @inline(never)
    func findPlainInitializer(_ t: PyType) -> PyFunction? {
        t.initializerEpoch = TypeEpoch.current
        t.initializer = nil
        guard !t.isBuiltin, !t.hasUserClass, t.metaclass == nil, !t.isExceptionType, t.solidBase == nil,
              !t.isSubtype(of: BuiltinTypes.type) else { return nil }
        if let newFn = t.lookup("__new__"), case .object(let no) = newFn,
           !(no is PyBuiltinFunction) || unsafeDowncast(no, to: PyBuiltinFunction.self).isNativeNew { return nil }
        guard let initFn = t.lookup("__init__"), case .object(let io) = initFn, io.kind == .function else { return nil }
        let f = unsafeDowncast(io, to: PyFunction.self)
        if f.code.isGenerator { return nil }
        t.initializer = f
        return f
    }

    /// What type.__call__ checks after __init__ returns.
    @inline(__always)
    func checkInitializerResult(_ v: Value) throws {
        if case .none = v { return }
        throw PyError.typeError("__init__() should return None, not '\(typeOf(v).name)'")
    }
}
