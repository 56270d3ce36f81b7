// Classes: __build_class__, instantiation, super(), and generators'
// resume/send (they share the "run a prepared frame" machinery).

extension VM {
    var buildClassFunction: Value { Bootstrap.builtins["__build_class__"]! }

    /// __build_class__(func, name, *bases, metaclass=...)
    func buildClass(_ args: [Value], _ kwargs: KwArgs) throws -> Value {
        guard args.count >= 2, case .object(let fo) = args[0], let fn = fo as? PyFunction else {
            throw PyError.typeError("__build_class__: func must be a function")
        }
        let name = strValue(args[1])
        var bases: [PyType] = []
        var basesRewritten = false
        for b in args.dropFirst(2) {
            if case .object(let bo) = b, let bt = bo as? PyType { bases.append(bt); continue }
            // PEP 560: a non-class base names its classes (Generic[T], Stack[int]).
            if let me = try? getAttribute(b, "__mro_entries__") {
                basesRewritten = true
                for e in try iterate(try call(me, [.object(PyTuple(Array(args.dropFirst(2))))])) {
                    guard case .object(let eo) = e, let et = eo as? PyType else { throw PyError.typeError("bases must be types") }
                    if !bases.contains(where: { $0 === et }) { bases.append(et) }
                }
                continue
            }
            throw PyError.typeError("bases must be types")
        }
        var explicit: Value? = nil
        for (k, v) in kwargs where k == "metaclass" { explicit = v }
        let classKwargs = kwargs.filter { $0.0 != "metaclass" }
        // The metaclass: an explicit callable, or the most derived type of the bases.
        var meta: PyType? = nil
        if let m = explicit {
            if case .object(let mo) = m, let mt = mo as? PyType { meta = try winningMetaclass(mt, bases) }
        } else {
            meta = try winningMetaclass(nil, bases)
        }
        let basesTuple = Value.object(PyTuple(bases.map { .object($0) }))
        var ns = PyDict()
        if let m = meta, m !== BuiltinTypes.type, let prep = try metaclassAttribute(m, "__prepare__") ?? m.lookup("__prepare__").flatMap({ v -> Value? in
            if case .object(let o) = v, o is PyBuiltinFunction { return nil }
            return try? bindIfFunction(v, to: .object(m), type: m.pyType)
        }) {
            let r = try call(prep, [.str(name), basesTuple], classKwargs)
            guard case .object(let ro) = r, let d = ro as? PyDict else {
                throw PyError.typeError("\(m.name).__prepare__() must return a mapping, not \(typeOf(r).name)")
            }
            ns = d
        }
        let frame = Frame(code: fn.code, function: fn, globals: fn.globals, back: currentFrame, depth: (currentFrame?.depth ?? -1) + 1)
        frame.classNamespace = ns
        setUpCells(frame, fn)
        if callDepth >= recursionLimit { throw PyError(BuiltinTypes.RecursionError, "maximum recursion depth exceeded") }
        callDepth += 1
        let classCell = try runFrame(frame)
        // As CPython: the bases as written, when __mro_entries__ replaced some.
        if basesRewritten { try ns.set(.str("__orig_bases__"), .object(PyTuple(Array(args.dropFirst(2)))), vm: self) }
        let cls: Value
        if let m = meta, m !== BuiltinTypes.type {
            cls = try call(.object(m), [.str(name), basesTuple, .object(ns)], classKwargs)
        } else if meta == nil, let m = explicit {
            cls = try call(m, [.str(name), basesTuple, .object(ns)], classKwargs)
        } else {
            cls = .object(try typeNew(BuiltinTypes.type, name: name, bases: bases, namespace: ns, kwargs: classKwargs))
        }
        if case .object(let co) = classCell, let cell = co as? Cell { cell.contents = cls }
        return cls
    }

    func makeClass(name: String, bases: [PyType], namespace: PyDict) throws -> PyType {
        let layout = try builtinLayout(for: bases)
        let qual = (try namespace.get(.str("__qualname__"), vm: self)).map { strValue($0) } ?? name
        let module = (try namespace.get(.str("__module__"), vm: self)).map { strValue($0) } ?? "__main__"
        let t = PyType(name: name, qualname: qual, module: module, bases: bases.isEmpty ? [BuiltinTypes.object] : bases, isBuiltin: false)
        t.isExceptionType = bases.contains { $0.isExceptionType }
        t.solidBase = layout
        try t.computeMRO()
        for (k, v) in namespace.pairs {
            let key = strValue(k)
            // type() keeps __qualname__ on the type, not in its __dict__.
            if key == "__classcell__" || key == "__classdictcell__" || key == "__qualname__" { continue }
            // __init_subclass__ is implicitly a classmethod.
            if key == "__init_subclass__", case .object(let fo) = v, fo.kind == .function {
                t.dict[key] = .object(PyMethodWrapper(function: v, isClassMethod: true))
                continue
            }
            t.dict[key] = v
        }
        t.customGetattribute = t.mro.contains { !$0.isBuiltin && $0.dict["__getattribute__"] != nil }
        if let sv = t.dict["__slots__"] { try installSlots(t, sv, bases: bases) }
        if t.dict["__doc__"] == nil { t.dict["__doc__"] = Value.none }
        t.instancesHaveDict = t.mro.contains { k in
            // The layout bases (list, int...) bring no __dict__ of their own.
            k !== BuiltinTypes.object && (k.isBuiltin ? !VM.layoutBases.contains(ObjectIdentifier(k)) : (k.slots == nil || k.slots!.contains("__dict__")))
        }
        // Defining __eq__ without __hash__ makes instances unhashable.
        if t.dict["__eq__"] != nil && t.dict["__hash__"] == nil { t.dict["__hash__"] = Value.none }
        if let meta = bases.map({ $0.pyType }).first(where: { $0 !== BuiltinTypes.type }) { t.metaclass = meta }
        createdClasses.add(t)
        return t
    }

    /// Calling a class.
    func instantiate(_ t: PyType, _ args: [Value], _ kwargs: KwArgs) throws -> Value {
        // A metaclass's __call__ decides what calling the class does.
        if t.metaclass != nil, let c = try metaMethod(.object(t), "__call__") { return try call(c, args, kwargs) }
        return try instantiateDefault(t, args, kwargs)
    }

    /// type.__call__: __new__ then __init__.
    func instantiateDefault(_ t: PyType, _ args: [Value], _ kwargs: KwArgs) throws -> Value {
        if t === BuiltinTypes.type && args.count == 1 && kwargs.isEmpty { return .object(typeOf(args[0])) }
        if t === BuiltinTypes.type { return try typeNewFromArgs(t, args, kwargs) }
        if t.isBuiltin, let ctor = t.constructor { return try ctor(self, t, args, kwargs) }
        if t.isBuiltin && !t.isExceptionType { throw PyError.typeError("cannot create '\(t.name)' instances") }
        let obj: Value
        if let newFn = t.lookup("__new__"), case .object(let no) = newFn,
           !(no is PyBuiltinFunction) || unsafeDowncast(no, to: PyBuiltinFunction.self).isNativeNew {
            let f = (no as? PyMethodWrapper)?.function ?? newFn
            obj = try call(f, [.object(t)] + args, kwargs)
            if !typeOf(obj).isSubtype(of: t) { return obj }
        } else if t.isSubtype(of: BuiltinTypes.type) {
            // A metaclass without its own __new__: type.__new__ makes the class.
            obj = try typeNewFromArgs(t, args, kwargs)
        } else if t.isExceptionType {
            obj = .object(t.isSubtype(of: BuiltinTypes.BaseExceptionGroup) ? try makeExceptionGroup(t, args, kwargs) : PyExceptionObject(cls: osErrorClass(t, args), args: osErrorDefersToInit(t) ? [] : args))
        } else if let base = t.solidBase {
            obj = try newBuiltinInstance(base, t, args, kwargs)
        } else {
            obj = .object(PyInstance(cls: t))
        }
        if t.isSubtype(of: BuiltinTypes.type) {
            if let initFn = t.lookup("__init__"), case .object(let io) = initFn, !(io is PyBuiltinFunction) {
                _ = try call(try bindIfFunction(initFn, to: obj, type: t), args, kwargs)
            }
            return obj
        }
        if t.isExceptionType, let initFn = t.lookup("__init__"), isObjectDefault(initFn), let e = obj.asObject as? PyExceptionObject {
            e.args = args  // BaseException.__init__: args are what the class was called with
            if e.cls.isSubtype(of: BuiltinTypes.OSError) { initOSError(e, args) }
        }
        if let initFn = t.lookup("__init__"), !isObjectDefault(initFn) {
            let r = try call(try bindIfFunction(initFn, to: obj, type: t), args, kwargs)
            if !r.isNone { throw PyError.typeError("__init__() should return None, not '\(typeOf(r).name)'") }
        } else if !t.isExceptionType && t.solidBase == nil && (!args.isEmpty || !kwargs.isEmpty) && t.lookup("__new__").map({ isObjectDefault($0) }) ?? true {
            throw PyError.typeError("\(t.name)() takes no arguments")
        }
        return obj
    }

    /// super() with no arguments: the enclosing class from the `__class__`
    /// cell and the first argument of the calling frame.
    func makeSuper(_ args: [Value]) throws -> Value {
        if args.count == 2 {
            guard case .object(let to) = args[0], let t = to as? PyType else { throw PyError.typeError("super() argument 1 must be a type, not \(typeOf(args[0]).name)") }
            let objType: PyType
            if case .object(let oo) = args[1], let ot = oo as? PyType, ot.isSubtype(of: t) { objType = ot } else { objType = typeOf(args[1]) }
            // CPython's supercheck.
            if !objType.isSubtype(of: t) {
                let what = (args[1].asObject as? PyType).map { "type \($0.name)" } ?? "instance of \(objType.name)"
                throw PyError.typeError("super(type, obj): obj (\(what)) is not an instance or subtype of type (\(t.name)).")
            }
            return .object(PySuper(thisType: t, object: args[1], objectType: objType))
        }
        // CPython's order of checks (super_init_without_args).
        guard let frame = currentFrame, frame.code.argCount > 0 else { throw PyError.runtimeError("super(): no arguments") }
        let code = frame.code
        var first: Value? = frame.locals[0]
        if first == nil, let i = code.cellParameterSlots.firstIndex(of: 0), i < frame.cells.count { first = frame.cells[i].contents }
        guard let obj = first else { throw PyError.runtimeError("super(): arg[0] deleted") }
        guard let cell = frame.cell(named: "__class__") else {
            throw PyError.runtimeError("super(): __class__ cell not found")
        }
        guard case .object(let co)? = cell.contents, let cls = co as? PyType else {
            throw PyError.runtimeError("super(): empty __class__ cell")
        }
        let objType: PyType
        if case .object(let oo) = obj, let ot = oo as? PyType, ot.isSubtype(of: cls) { objType = ot } else { objType = typeOf(obj) }
        return .object(PySuper(thisType: cls, object: obj, objectType: objType))
    }

    // MARK: Generators

    func resumeGenerator(_ gen: PyGenerator, send value: Value) throws -> ExecutionResult {
        switch gen.state {
        case .finished: return .returned(.none)
        case .running: throw PyError.valueError("generator already executing")
        case .created:
            if !value.isNone { throw PyError.typeError("can't send non-None value to a just-started generator") }
        case .suspended:
            gen.frame.push(value)
        }
        if callDepth >= recursionLimit { throw PyError(BuiltinTypes.RecursionError, "maximum recursion depth exceeded") }
        let frame = gen.frame
        frame.back = currentFrame
        // A generator runs where it is resumed (the debugger's step depth).
        frame.depth = (currentFrame?.depth ?? -1) + 1
        callDepth += 1
        gen.state = .running
        if hookActive { try traceEvent(.call, frame, nil) }
        do {
            let r = try execute(frame)
            switch r {
            case .yielded:
                gen.state = .suspended
                callDepth -= 1
                frame.back = nil
            case .returned:
                gen.state = .finished
            }
            return r
        } catch let e as PyError {
            gen.state = .finished
            if e.exception.cls.isSubtype(of: BuiltinTypes.StopIteration) {
                let re = PyExceptionObject(cls: BuiltinTypes.RuntimeError, args: [.str("generator raised StopIteration")])
                re.cause = e.exception
                re.traceback = e.exception.traceback
                throw PyError(re)
            }
            throw e
        }
    }

    /// One step of `yield from`: send into a sub-iterator. SEND (`yield from`). The end of the delegation is an `exception`
    /// event (StopIteration) in `frame` when a generator returns or a
    /// `send`/`__next__` raises StopIteration, as CPython's tracer reports
    /// it (END_SEND's STOP_ITERATION event, SEND's monitor_raise).
    func sendTo(_ iter: Value, _ value: Value, from frame: Frame) throws -> ExecutionResult {
        if case .object(let o) = iter, o.kind == .generator {
            let r = try resumeGenerator(unsafeDowncast(o, to: PyGenerator.self), send: value)
            if hookActive, case .returned(let v) = r {
                try traceEvent(.exception, frame, .object(PyError.stopIteration(v).exception))
            }
            return r
        }
        if case .object(let o) = iter, o.kind == .other, let r = try sendToAsync(o, value) {
            if hookActive, case .returned(let v) = r {
                try traceEvent(.exception, frame, .object(PyError.stopIteration(v).exception))
            }
            return r
        }
        if !value.isNone {
            let t = typeOf(iter)
            guard let send = t.lookup("send") else { throw PyError.attributeError("'\(t.name)' object has no attribute 'send'") }
            do {
                return .yielded(try call(try bindIfFunction(send, to: iter, type: t), [value]))
            } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.StopIteration) {
                if hookActive { try traceEvent(.exception, frame, .object(e.exception)) }
                return .returned(e.exception.value)
            }
        }
        if case .object(let o) = iter, o.kind != .iterator, o.kind != .generator {
            let t = o.pyType
            guard let f = t.lookup("__next__") else { throw PyError.typeError("'\(t.name)' object is not an iterator") }
            do {
                return .yielded(try call(try bindIfFunction(f, to: iter, type: t), []))
            } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.StopIteration) {
                if hookActive { try traceEvent(.exception, frame, .object(e.exception)) }
                return .returned(e.exception.value)
            }
        }
        if let v = try nextValue(iter) { return .yielded(v) }
        return .returned(.none)
    }
}
