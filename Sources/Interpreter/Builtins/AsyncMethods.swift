// Methods of coroutines, async generators and the awaitables an async
// generator's __anext__/asend/athrow/aclose return (VM+Async.swift runs them).

enum AsyncMethods {
    static func install() {
        let coro = BuiltinTypes.coroutine
        Bootstrap.method2(coro, "send") { vm, v, arg in
            let g = try generator(v, .coroutine)
            g.wasAwaited = true
            return try finish(try vm.resumeGenerator(g, send: arg))
        }
        Bootstrap.method(coro, "throw") { vm, args, _ in
            guard args.count >= 2 else { throw PyError.typeError("throw expected at least 1 argument, got 0") }
            let g = try generator(args[0], .coroutine)
            g.wasAwaited = true
            return try finish(try vm.throwIntoCoroutine(g, try vm.makeException(args[1])))
        }
        Bootstrap.method1(coro, "close") { vm, v in
            let g = try generator(v, .coroutine)
            g.wasAwaited = true
            return try vm.closeCoroutine(g)
        }
        // coroutine_wrapper in CPython; the coroutine itself serves here.
        Bootstrap.method1(coro, "__await__") { _, v in
            (try generator(v, .coroutine)).wasAwaited = true
            return v
        }
        installGeneratorAttributes(coro, prefix: "cr")

        let agen = BuiltinTypes.asyncGenerator
        Bootstrap.method1(agen, "__aiter__") { _, v in v }
        Bootstrap.method1(agen, "__anext__") { _, v in
            .object(PyAsyncGenAwaitable(try generator(v, .asyncGenerator), .send(.none)))
        }
        Bootstrap.method2(agen, "asend") { _, v, arg in
            .object(PyAsyncGenAwaitable(try generator(v, .asyncGenerator), .send(arg)))
        }
        Bootstrap.method(agen, "athrow") { vm, args, _ in
            guard args.count >= 2 else { throw PyError.typeError("athrow expected at least 1 argument, got 0") }
            return .object(PyAsyncGenAwaitable(try generator(args[0], .asyncGenerator), .raise(try vm.makeException(args[1]))))
        }
        Bootstrap.method1(agen, "aclose") { _, v in
            .object(PyAsyncGenAwaitable(try generator(v, .asyncGenerator), .close))
        }
        installGeneratorAttributes(agen, prefix: "ag")

        let asend = BuiltinTypes.asyncGenAsend
        Bootstrap.method2(asend, "send") { vm, v, arg in
            try finish(try vm.sendAsyncGenAwaitable(try awaitable(v), arg))
        }
        Bootstrap.method1(asend, "__next__") { vm, v in
            try finish(try vm.sendAsyncGenAwaitable(try awaitable(v), .none))
        }
        Bootstrap.method(asend, "throw") { vm, args, _ in
            guard args.count >= 2 else { throw PyError.typeError("throw expected at least 1 argument, got 0") }
            return try finish(try vm.throwAsyncGenAwaitable(try awaitable(args[0]), try vm.makeException(args[1])))
        }
        Bootstrap.method1(asend, "close") { _, v in
            (try awaitable(v)).done = true
            return .none
        }
        Bootstrap.method1(asend, "__await__") { _, v in v }
        Bootstrap.method1(asend, "__iter__") { _, v in v }
    }

    /// aiter() and anext().
    static func installBuiltins(into b: inout AttrDict) {
        b["aiter"] = Bootstrap.function("aiter") { vm, args, kw in
            try Args.expect(args, kw, name: "aiter", min: 1, max: 1)
            let t = vm.typeOf(args[0])
            if case .object(let o) = args[0], let g = o as? PyGenerator, g.flavor == .asyncGenerator { return args[0] }
            guard t.lookup("__aiter__") != nil else { throw PyError.typeError("'\(t.name)' object is not an async iterable") }
            return try vm.asyncIterator(args[0])
        }
        b["anext"] = Bootstrap.function("anext") { vm, args, kw in
            try Args.expect(args, kw, name: "anext", min: 1, max: 2)
            let t = vm.typeOf(args[0])
            let isAgen: Bool
            if case .object(let o) = args[0], let g = o as? PyGenerator, g.flavor == .asyncGenerator { isAgen = true } else { isAgen = false }
            if !isAgen && t.lookup("__anext__") == nil {
                throw PyError.typeError("'\(t.name)' object is not an async iterator")
            }
            let awaitable = try vm.asyncNext(args[0])
            if args.count == 1 { return awaitable }
            return .object(PyAnextDefault(awaitable, args[1]))
        }
    }

    /// A generator object's read-only attributes (cr_/ag_ frame, running,
    /// code) and its names.
    static func installGeneratorAttributes(_ t: PyType, prefix: String) {
        func property(_ name: String, _ get: @escaping (VM, PyGenerator) -> Value) {
            let getter = Bootstrap.function(name) { vm, args, _ in
                guard let v = args.first, case .object(let o) = v, let g = o as? PyGenerator else { return .none }
                return get(vm, g)
            }
            t.dict[name] = .object(PyProperty(getter: getter))
        }
        property("\(prefix)_running") { _, g in .bool(g.state == .running) }
        property("\(prefix)_frame") { _, g in g.state == .finished ? .none : .object(PyFrameObject(g.frame)) }
        property("\(prefix)_code") { _, g in .object(g.frame.code.pyCode) }
        property("__name__") { _, g in .str(g.name) }
        property("__qualname__") { _, g in .str(g.qualname) }
        if prefix == "cr" {
            property("cr_await") { vm, g in vm.delegate(of: g) ?? .none }
        }
    }

    static func generator(_ v: Value, _ flavor: PyGenerator.Flavor) throws -> PyGenerator {
        if case .object(let o) = v, let g = o as? PyGenerator, g.flavor == flavor { return g }
        let name = flavor == .coroutine ? "coroutine" : "async_generator"
        throw PyError.typeError("descriptor requires a '\(name)' object but received a '\(typeOfName(v))'")
    }

    static func awaitable(_ v: Value) throws -> PyAsyncGenAwaitable {
        if case .object(let o) = v, let a = o as? PyAsyncGenAwaitable { return a }
        throw PyError.typeError("descriptor requires a 'async_generator_asend' object but received a '\(typeOfName(v))'")
    }

    static func typeOfName(_ v: Value) -> String {
        switch v {
        case .int: return "int"
        case .float: return "float"
        case .bool: return "bool"
        case .none: return "NoneType"
        case .object(let o): return o.pyType.name
        }
    }

    /// send()/throw() called from Python: a return is StopIteration.
    static func finish(_ r: VM.ExecutionResult) throws -> Value {
        switch r {
        case .yielded(let v): return v
        case .returned(let v): throw PyError.stopIteration(v)
        }
    }
}
