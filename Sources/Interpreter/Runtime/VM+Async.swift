// Coroutines and async generators at run time: the instructions
// Compiler+Async.swift emits, the awaitables an async generator hands out,
// and throwing into a coroutine suspended in an await (the exception goes to
// the innermost awaited object first, as CPython's gen_throw does, so a
// cancelled task runs the `finally` blocks of every coroutine it awaits).

/// `yield v` in an async generator: told apart from the values its awaits
/// pass up to the event loop (CPython's _PyAsyncGenWrappedValue).
final class PyAsyncGenWrapped: PyObject {
    let value: Value
    init(_ value: Value) {
        self.value = value
        super.init(kind: .other)
    }
    static let type = BuiltinTypes.make("async_generator_wrapped_value", BuiltinTypes.object)
    override var pyType: PyType { PyAsyncGenWrapped.type }
}

/// What `agen.__anext__()`, `agen.asend(v)`, `agen.athrow(e)` and
/// `agen.aclose()` return: awaiting it runs the async generator to its next
/// `yield` (the await's result) or its end (StopAsyncIteration).
final class PyAsyncGenAwaitable: PyObject {
    enum Mode { case send(Value), raise(PyExceptionObject), close }
    let generator: PyGenerator
    let mode: Mode
    var started = false
    var done = false
    init(_ generator: PyGenerator, _ mode: Mode) {
        self.generator = generator
        self.mode = mode
        super.init(kind: .other)
    }
    override var pyType: PyType { BuiltinTypes.asyncGenAsend }
}

/// anext(it, default): awaits `it.__anext__()`, the default when it ends.
final class PyAnextDefault: PyObject {
    let inner: Value
    let defaultValue: Value
    init(_ inner: Value, _ defaultValue: Value) {
        self.inner = inner
        self.defaultValue = defaultValue
        super.init(kind: .other)
    }
    static let type = BuiltinTypes.make("anext_awaitable", BuiltinTypes.object)
    override var pyType: PyType { PyAnextDefault.type }
}

extension VM {
    /// The instructions of Compiler+Async.swift, run for VM+Eval's loop.
    func executeAsyncInstruction(_ op: Opcode, _ frame: Frame) throws {
        switch op {
        case .getAwaitable:
            frame.setTop(try awaitableIterator(frame.top()))
        case .getAiter:
            frame.setTop(try asyncIterator(frame.top()))
        case .getAnext:
            frame.push(try asyncNext(frame.top()))
        case .asyncGenWrap:
            frame.setTop(.object(PyAsyncGenWrapped(frame.top())))
        case .beforeAsyncWith:
            let mgr = frame.pop()
            let t = typeOf(mgr)
            guard let enter = t.lookup("__aenter__"), let exit = t.lookup("__aexit__") else {
                throw PyError.typeError("'\(t.name)' object does not support the asynchronous context manager protocol\(t.lookup("__aenter__") == nil ? "" : " (missed __aexit__ method)")")
            }
            frame.push(try bindIfFunction(exit, to: mgr, type: t))
            frame.push(try call(try bindIfFunction(enter, to: mgr, type: t), [], []))
        case .cleanupThrow:
            // [sub, exc]: a StopIteration ends the delegation with its value.
            guard case .object(let o) = frame.pop(), let e = o as? PyExceptionObject else { return }
            if !e.cls.isSubtype(of: BuiltinTypes.StopIteration) { throw Reraise(exception: e) }
            frame.push(e.value)
        case .endAsyncFor:
            let exc = frame.pop()
            _ = frame.pop()
            guard case .object(let o) = exc, let e = o as? PyExceptionObject else { return }
            if !e.cls.isSubtype(of: BuiltinTypes.StopAsyncIteration) { throw Reraise(exception: e) }
        default:
            break
        }
    }

    /// GET_AWAITABLE: a coroutine itself, else the iterator `__await__()`
    /// returns.
    func awaitableIterator(_ v: Value) throws -> Value {
        if case .object(let o) = v, let g = o as? PyGenerator, g.flavor == .coroutine {
            if g.state == .finished { throw PyError.runtimeError("cannot reuse already awaited coroutine") }
            g.wasAwaited = true
            return v
        }
        if case .object(let o) = v, o is PyAsyncGenAwaitable || o is PyAnextDefault { return v }
        let t = typeOf(v)
        guard let method = t.lookup("__await__") else {
            throw PyError.typeError("object \(t.name) can't be used in 'await' expression")
        }
        let it = try call(try bindIfFunction(method, to: v, type: t), [])
        if case .object(let o) = it, let g = o as? PyGenerator, g.flavor == .coroutine { return it }
        let it_t = typeOf(it)
        if case .object(let o) = it, o.kind == .generator || o.kind == .iterator || o is PyAsyncGenAwaitable { return it }
        if it_t.lookup("__next__") == nil {
            throw PyError.typeError("__await__() returned non-iterator of type '\(it_t.name)'")
        }
        return it
    }

    /// GET_AITER: `obj.__aiter__()`, which must have `__anext__`.
    func asyncIterator(_ v: Value) throws -> Value {
        if case .object(let o) = v, let g = o as? PyGenerator, g.flavor == .asyncGenerator { return v }
        let t = typeOf(v)
        guard let method = t.lookup("__aiter__") else {
            throw PyError.typeError("'async for' requires an object with __aiter__ method, got \(t.name)")
        }
        let it = try call(try bindIfFunction(method, to: v, type: t), [])
        if case .object(let o) = it, let g = o as? PyGenerator, g.flavor == .asyncGenerator { return it }
        let it_t = typeOf(it)
        if it_t.lookup("__anext__") == nil {
            throw PyError.typeError("'async for' received an object from __aiter__ that does not implement __anext__: \(it_t.name)")
        }
        return it
    }

    /// GET_ANEXT: the awaitable of `aiter.__anext__()`, ready for SEND.
    func asyncNext(_ aiter: Value) throws -> Value {
        if case .object(let o) = aiter, let g = o as? PyGenerator, g.flavor == .asyncGenerator {
            return .object(PyAsyncGenAwaitable(g, .send(.none)))
        }
        let t = typeOf(aiter)
        guard let method = t.lookup("__anext__") else {
            throw PyError.typeError("'async for' requires an iterator with __anext__ method, got \(t.name)")
        }
        let aw = try call(try bindIfFunction(method, to: aiter, type: t), [])
        do {
            return try awaitableIterator(aw)
        } catch let e as PyError where e.exception.cls === BuiltinTypes.TypeError {
            throw PyError.typeError("'async for' received an invalid object from __anext__: \(typeOf(aw).name)")
        }
    }

    /// SEND into a coroutine, an async generator's awaitable or another
    /// non-generator object the fast path does not know (nil: not ours).
    func sendToAsync(_ o: PyObject, _ value: Value) throws -> ExecutionResult? {
        if let g = o as? PyGenerator {
            g.wasAwaited = true
            return try resumeGenerator(g, send: value)
        }
        if let a = o as? PyAsyncGenAwaitable {
            return try sendAsyncGenAwaitable(a, value)
        }
        if let d = o as? PyAnextDefault, let f = currentFrame {
            do {
                return try sendTo(d.inner, value, from: f)
            } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.StopAsyncIteration) {
                return .returned(d.defaultValue)
            }
        }
        return nil
    }

    // MARK: Async generator awaitables

    func sendAsyncGenAwaitable(_ a: PyAsyncGenAwaitable, _ value: Value) throws -> ExecutionResult {
        if a.done { throw PyError.runtimeError("cannot reuse already awaited __anext__()/asend()") }
        let g = a.generator
        var step: () throws -> ExecutionResult = { try self.resumeGenerator(g, send: value) }
        if !a.started {
            a.started = true
            switch a.mode {
            case .send(let v):
                if g.state == .finished {
                    a.done = true
                    throw PyError(PyExceptionObject(cls: BuiltinTypes.StopAsyncIteration, args: []))
                }
                step = { try self.resumeGenerator(g, send: v) }
            case .raise(let exc):
                if g.state == .created || g.state == .finished {
                    g.state = .finished
                    a.done = true
                    throw PyError(exc)
                }
                step = { try self.throwIntoCoroutine(g, exc) }
            case .close:
                if g.state == .created || g.state == .finished {
                    g.state = .finished
                    a.done = true
                    return .returned(.none)
                }
                step = { try self.throwIntoCoroutine(g, PyExceptionObject(cls: BuiltinTypes.GeneratorExit, args: [])) }
            }
        }
        return try finishAsyncGenStep(a, step)
    }

    func throwAsyncGenAwaitable(_ a: PyAsyncGenAwaitable, _ exc: PyExceptionObject) throws -> ExecutionResult {
        if a.done { throw PyError.runtimeError("cannot reuse already awaited __anext__()/asend()") }
        a.started = true
        return try finishAsyncGenStep(a) { try self.throwIntoCoroutine(a.generator, exc) }
    }

    /// One resumption of the async generator under an awaitable: a wrapped
    /// value ends the await with that value, anything else yielded passes up
    /// to the event loop; the generator's end is StopAsyncIteration.
    private func finishAsyncGenStep(_ a: PyAsyncGenAwaitable, _ step: () throws -> ExecutionResult) throws -> ExecutionResult {
        let isClose: Bool
        if case .close = a.mode { isClose = true } else { isClose = false }
        do {
            switch try step() {
            case .yielded(let v):
                if case .object(let o) = v, let w = o as? PyAsyncGenWrapped {
                    a.done = true
                    if isClose { throw PyError.runtimeError("async generator ignored GeneratorExit") }
                    return .returned(w.value)
                }
                return .yielded(v)
            case .returned:
                a.done = true
                if isClose { return .returned(.none) }
                throw PyError(PyExceptionObject(cls: BuiltinTypes.StopAsyncIteration, args: []))
            }
        } catch let e as PyError where isClose && (e.exception.cls.isSubtype(of: BuiltinTypes.GeneratorExit) || e.exception.cls.isSubtype(of: BuiltinTypes.StopAsyncIteration)) {
            a.done = true
            return .returned(.none)
        } catch {
            a.done = true
            throw error
        }
    }

    // MARK: Throwing into a suspended coroutine

    /// The object a generator-like frame is awaiting (or yielding from):
    /// suspended at the YIELD_VALUE of a SEND loop, it sits on the stack.
    func delegate(of g: PyGenerator) -> Value? {
        guard g.state == .suspended else { return nil }
        let f = g.frame, insts = f.code.instructions, ip = f.ip
        guard ip >= 2, ip <= insts.count, insts[ip - 1].op == .yieldValue, insts[ip - 2].op == .send else { return nil }
        return f.top()
    }

    /// gen.throw(exc) for generators, coroutines and async generators: into
    /// the awaited object first; if that finishes, the frame goes on with its
    /// result; if it raises, the exception continues in the frame.
    func throwIntoCoroutine(_ g: PyGenerator, _ exc: PyExceptionObject) throws -> ExecutionResult {
        if g.state == .running { throw PyError.valueError("\(g.flavor == .coroutine ? "coroutine" : "generator") already executing") }
        if let sub = delegate(of: g), case .object(let so) = sub {
            let isExit = exc.cls.isSubtype(of: BuiltinTypes.GeneratorExit)
            var thrown = exc
            var result: ExecutionResult? = nil
            g.state = .running
            do {
                if isExit {
                    // CPython's gen_close_iter: the delegate is closed from
                    // the caller, the delegating frame not linked (trace depth).
                    try closeAwaited(so)
                } else {
                    // The awaiting frame is the caller of what it awaits (trace depth).
                    let savedCurrent = _currentFrame
                    g.frame.back = currentFrame
                    _currentFrame = Unmanaged.passUnretained(g.frame)
                    defer { _currentFrame = savedCurrent; g.frame.back = nil }
                    if let sg = so as? PyGenerator {
                        result = try throwIntoCoroutine(sg, exc)
                    } else if let a = so as? PyAsyncGenAwaitable {
                        result = try throwAsyncGenAwaitable(a, exc)
                    } else if let m = so.pyType.lookup("throw") {
                        do {
                            result = .yielded(try call(try bindIfFunction(m, to: sub, type: so.pyType), [.object(exc)]))
                        } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.StopIteration) {
                            result = .returned(e.exception.value)
                        }
                    }
                }
            } catch let e as PyError {
                thrown = e.exception
            }
            g.state = .suspended
            switch result {
            case .yielded(let v)?:
                return .yielded(v)
            case .returned(let v)?:
                // Past the SEND loop: END_SEND takes the result.
                let f = g.frame
                f.ip = Int(f.code.instructions[f.ip - 2].arg)
                return try resumeGenerator(g, send: v)
            case nil:
                return try resumeByThrowing(g, thrown)
            }
        }
        return try resumeByThrowing(g, exc)
    }

    private func resumeByThrowing(_ g: PyGenerator, _ exc: PyExceptionObject) throws -> ExecutionResult {
        if g.state == .created || g.state == .finished {
            g.state = .finished
            throw PyError(exc)
        }
        do {
            return .yielded(try throwIntoGenerator(g, exc))
        } catch let e as PyError where e.exception.cls === BuiltinTypes.StopIteration && g.state == .finished {
            return .returned(e.exception.value)
        }
    }

    /// close() of what a frame awaits, before GeneratorExit reaches the frame.
    private func closeAwaited(_ o: PyObject) throws {
        if let sg = o as? PyGenerator {
            _ = try closeCoroutine(sg)
        } else if o is PyAsyncGenAwaitable {
            return
        } else if let m = o.pyType.lookup("close") {
            _ = try call(try bindIfFunction(m, to: .object(o), type: o.pyType), [])
        }
    }

    /// close() for every generator flavor, delegation included.
    func closeCoroutine(_ g: PyGenerator) throws -> Value {
        switch g.state {
        case .created, .finished:
            g.state = .finished
            return .none
        case .running:
            throw PyError.valueError("\(g.flavor == .coroutine ? "coroutine" : "generator") already executing")
        case .suspended:
            break
        }
        if delegate(of: g) == nil && g.frame.code.handler(for: g.frame.lastIP) == nil {
            g.state = .finished
            return .none
        }
        do {
            switch try throwIntoCoroutine(g, PyExceptionObject(cls: BuiltinTypes.GeneratorExit, args: [])) {
            case .yielded:
                break
            case .returned(let v):
                return v
            }
        } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.GeneratorExit) {
            return .none
        } catch let e as PyError where e.exception.cls === BuiltinTypes.StopIteration {
            return e.exception.value
        }
        let what = g.flavor == .coroutine ? "coroutine" : "generator"
        throw PyError.runtimeError("\(what) ignored GeneratorExit")
    }
}
