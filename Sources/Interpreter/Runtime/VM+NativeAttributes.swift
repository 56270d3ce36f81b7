// Attributes CPython's built-in types keep as member or getset descriptors
// (int.real, range.start, function.__code__, BaseException.args...): the VM
// answers them natively in getAttributeOrNil, so they are not in the type
// dicts; dir() lists them from `nativeAttributeNames`. Also the few such
// attributes getAttributeOrNil's cases leave to this file.

extension VM {
    /// The descriptor names CPython 3.13 has in each built-in type's dict
    /// that getattr answers natively here (dir() adds them).
    static let nativeAttributeNames: [ObjectIdentifier: [String]] = {
        var t: [ObjectIdentifier: [String]] = [:]
        func put(_ type: PyType, _ names: [String]) { t[ObjectIdentifier(type)] = names }
        put(BuiltinTypes.int, ["real", "imag", "numerator", "denominator"])
        put(BuiltinTypes.float, ["real", "imag"])
        put(BuiltinTypes.complex, ["real", "imag"])
        put(BuiltinTypes.range, ["start", "stop", "step"])
        put(BuiltinTypes.slice, ["start", "stop", "step"])
        put(BuiltinTypes.function, ["__annotations__", "__builtins__", "__closure__", "__code__", "__defaults__", "__dict__",
                                    "__globals__", "__kwdefaults__", "__module__", "__name__", "__qualname__", "__type_params__"])
        put(BuiltinTypes.generator, ["__name__", "__qualname__", "gi_code", "gi_frame", "gi_running", "gi_suspended"])
        put(BuiltinTypes.builtinFunction, ["__name__", "__qualname__", "__self__"])
        put(BuiltinTypes.method, ["__func__", "__self__"])
        put(BuiltinTypes.BaseException, ["args", "__cause__", "__context__", "__dict__", "__suppress_context__", "__traceback__"])
        put(BuiltinTypes.StopIteration, ["value"])
        put(BuiltinTypes.SystemExit, ["code"])
        put(BuiltinTypes.NameError, ["name"])
        put(BuiltinTypes.AttributeError, ["name", "obj"])
        put(BuiltinTypes.superType, ["__self__", "__self_class__", "__thisclass__"])
        put(BuiltinTypes.property, ["fget", "fset", "fdel", "__isabstractmethod__"])
        for w in [BuiltinTypes.staticmethod, BuiltinTypes.classmethod] {
            put(w, ["__func__", "__isabstractmethod__", "__wrapped__", "__name__", "__qualname__", "__module__", "__annotations__"])
        }
        put(BuiltinTypes.type, ["__name__", "__qualname__", "__module__", "__bases__", "__base__", "__mro__", "__dict__", "__doc__"])
        return t
    }()

    /// function.__builtins__ and __type_params__ (when the function has none of its own).
    func functionExtraAttribute(_ name: String) throws -> Value? {
        switch name {
        case "__builtins__": return try getAttribute(.object(builtinsModule), "__dict__")
        case "__type_params__": return .object(PyTuple([]))
        default: return nil
        }
    }

    /// super's own attributes, after the MRO search found nothing.
    func superOwnAttribute(_ s: PySuper, _ name: String) -> Value? {
        switch name {
        case "__self__": return s.object
        case "__self_class__": return .object(s.objectType)
        case "__thisclass__": return .object(s.thisType)
        default: return nil
        }
    }

    /// A property's or a staticmethod / classmethod's __isabstractmethod__
    /// (its function's), and the wrapped function's names the wrapper copies.
    func wrapperExtraAttribute(_ o: PyObject, _ name: String) throws -> Value? {
        let wrapped: Value
        if let p = o as? PyProperty { wrapped = p.getter } else if let w = o as? PyMethodWrapper { wrapped = w.function } else { return nil }
        switch name {
        case "__isabstractmethod__":
            if let v = try? getAttributeOrNil(wrapped, name) { return .bool(try isTruthy(v)) }
            return .bool(false)
        case "__wrapped__" where o is PyMethodWrapper: return wrapped
        case "__name__", "__qualname__", "__module__", "__doc__", "__annotations__":
            // (A `where` would bind to the last pattern only: property has none of these.)
            return o is PyMethodWrapper ? try getAttributeOrNil(wrapped, name) : nil
        default: return nil
        }
    }
}
