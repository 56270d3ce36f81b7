// Running a whole program, format()/`%`, imports and generator throw().

extension VM {
    /// Compiles `source`; a SyntaxError comes back as a value to report.
    /// `warn` receives the SyntaxWarnings to print (CPython prints them on
    /// stderr when it compiles the program or an imported module).
    public static func compileProgram(source: String, filename: String, globals: Globals,
                                      warn: ((String) -> Void)? = nil) throws -> CodeObject {
        let (module, warnings) = try Parser.parseWithWarnings(source: source, filename: filename)
        if let warn { warnings.forEach(warn) }
        let lines = VM.lines(of: source)
        let analysis = try ScopeAnalyzer.analyze(module, filename: filename, sourceLines: lines)
        do {
            return try Compiler.compile(module: module, analysis: analysis, filename: filename, globals: globals)
        } catch var e as SyntaxErrorInfo {
            if e.sourceLine == nil, e.line >= 1, e.line <= lines.count { e.sourceLine = lines[e.line - 1] }
            throw e
        }
    }

    /// The source's lines, split on "\n" byte-wise: Character splitting costs
    /// grapheme breaking over the whole file, and treats "\r\n" as one
    /// character, so a file saved on Windows would be one long line. A line's
    /// trailing "\r" is dropped, as Python's universal newlines do.
    static func lines(of source: String) -> [String] {
        source.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { bytes in
            let line = bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes
            return String(decoding: line, as: UTF8.self)
        }
    }

    /// The module frame for `code`, ready to run.
    public func moduleFrame(_ code: CodeObject) -> Frame {
        let f = Frame(code: code, function: nil, globals: globals, back: nil, depth: 0)
        setUpCells(f, nil)
        // The thread that runs the program: its dying objects' finalizers come here.
        Finalization.setCurrent(self)
        GCRegistry.setCurrent(gcRegistry)
        return f
    }

    /// Runs the module; returns the exit status and prints an uncaught
    /// exception's traceback to stderr, as `python3 prog.py` does.
    public func runModule(_ code: CodeObject) -> Int32 {
        let frame = moduleFrame(code)
        do {
            if hookActive { try traceEvent(.call, frame, nil) }
            _ = try execute(frame)
            runAtExitCallbacks()
            finalizeAtExit(frame.globals)
            return 0
        } catch let e as PyError {
            // CPython prints the traceback after tracing stopped: a user
            // __str__ (or a suggestion's hasattr) runs untraced.
            hookActive = false
            let status = reportUncaught(e.exception)
            runAtExitCallbacks()
            finalizeAtExit(frame.globals)
            return status
        } catch {
            return 1
        }
    }

    /// Once the program has ended, untraced (CPython's tracer has stopped):
    /// threading's last starts of parked threads (Lib/threading.py
    /// _shutdown, as CPython joins its threads), then the functions
    /// registered with atexit (Lib/atexit.py), last first.
    func runAtExitCallbacks() {
        hookActive = false
        if let t = modules["threading"], let shutdown = t.attribute("_shutdown") { _ = try? call(shutdown, []) }
        guard let m = modules["atexit"], let run = m.attribute("_run_exitfuncs") else { return }
        _ = try? call(run, [])
    }

    /// SystemExit sets the status; anything else prints the traceback.
    public func reportUncaught(_ exc: PyExceptionObject) -> Int32 {
        if exc.cls.isSubtype(of: BuiltinTypes.SystemExit) {
            let code = exc.args.first ?? .none
            switch code {
            case .none: return 0
            case .int(let i): return Int32(truncatingIfNeeded: i)
            case .bool(let b): return b ? 1 : 0
            default:
                io.writeStderr(((try? str(code)) ?? "") + "\n")
                return 1
            }
        }
        reportThroughExceptHook(exc)
        return 1
    }

    /// sys.excepthook: the default prints the traceback; a program's own is
    /// called with (type, value, traceback), and if it fails both are
    /// printed, as CPython's _PyErr_PrintEx does.
    func reportThroughExceptHook(_ exc: PyExceptionObject) {
        guard let sys = modules["sys"] else { io.writeStderr(formatTraceback(exc)); return }
        guard let hook = sys.attribute("excepthook") else {
            io.writeStderr("sys.excepthook is missing\n" + formatTraceback(exc))
            return
        }
        if case .object(let ho) = hook, let bf = ho as? PyBuiltinFunction, bf.name == "excepthook", bf.ownerName == nil {
            io.writeStderr(formatTraceback(exc))
            return
        }
        let value = Value.object(exc)
        let tb = (try? getAttribute(value, "__traceback__")) ?? .none
        do {
            _ = try call(hook, [.object(exc.cls), value, tb])
        } catch let e as PyError {
            io.writeStderr("Error in sys.excepthook:\n" + formatTraceback(e.exception) + "\nOriginal exception was:\n" + formatTraceback(exc))
        } catch {
            io.writeStderr(formatTraceback(exc))
        }
    }

    // MARK: format() and %

    public func format(_ v: Value, spec: String) throws -> Value {
        switch v {
        case .int(let i): return .str(try libCall { try pyFormatInt(i, spec) })
        case .bool(let b):
            if spec.isEmpty { return .str(b ? "True" : "False") }
            return .str(try libCall { try pyFormatInt(b ? 1 : 0, spec, typeName: "bool") })
        case .float(let d): return .str(try libCall { try pyFormatFloat(d, spec) })
        case .none:
            if spec.isEmpty { return .str("None") }
            throw PyError.typeError("unsupported format string passed to NoneType.__format__")
        case .object(let o):
            if o.hasUserClass {
                // A subclass's __format__; int/float's own with no spec is str(self).
                if let f = try userMethod(o, "__format__") {
                    let r = try call(f, [.str(spec)])
                    guard case .object(let ro) = r, ro.kind == .str else {
                        throw PyError.typeError("__format__ must return a str, not \(typeOf(r).name)")
                    }
                    return r
                }
                if spec.isEmpty { return .str(try str(v)) }
                if o.kind == .boxedFloat { return try format(baseValue(v), spec: spec) }
            }
            switch o.kind {
            case .str: return .str(try libCall { try pyFormatString(unsafeDowncast(o, to: PyStr.self).value, spec) })
            case .bigInt: return .str(try libCall { try pyFormatInt(unsafeDowncast(o, to: PyInt.self).value, spec) })
            case .complex: return .str(try libCall { try pyFormatComplex(unsafeDowncast(o, to: PyComplex.self).value, spec) })
            case .instance, .exception:
                let t = o.pyType
                if let f = t.lookup("__format__"), !t.isBuiltin, !isObjectDefault(f) {
                    let r = try call(try bindIfFunction(f, to: v, type: t), [.str(spec)])
                    guard case .object(let ro) = r, ro.kind == .str else {
                        throw PyError.typeError("__format__ must return a str, not \(typeOf(r).name)")
                    }
                    return r
                }
            default: break
            }
            if spec.isEmpty { return .str(try str(v)) }
            throw PyError.typeError("unsupported format string passed to \(o.pyType.name).__format__")
        }
    }

    func percentArg(_ v: Value) -> PercentArg {
        switch v {
        case .int(let i): return .int(BigInt(i))
        case .float(let d): return .float(d)
        case .object(let o) where o.kind == .str: return .str(unsafeDowncast(o, to: PyStr.self).value)
        case .object(let o) where o.kind == .bigInt: return .int(unsafeDowncast(o, to: PyInt.self).value)
        case .bool(let b):
            return .other(PercentObject(typeName: "bool", str: { b ? "True" : "False" }, repr: { b ? "True" : "False" },
                                        index: { BigInt(b ? 1 : 0) }, int: { BigInt(b ? 1 : 0) }, float: { b ? 1 : 0 }, isInt: true))
        default:
            let t = typeOf(v)
            let floatConv: (() throws -> Double)? = t.lookup("__float__") != nil && !t.isBuiltin ? {
                guard case .float(let d) = try self.call(try self.bindIfFunction(t.lookup("__float__")!, to: v, type: t), []) else { return 0 }
                return d
            } : nil
            // __index__ of a user class: %d %x %o %c take it, as PyNumber_Index does.
            let indexConv: (() throws -> BigInt)? = t.lookup("__index__") != nil && !t.isBuiltin ? {
                try self.indexBig(v) ?? BigInt(0)
            } : nil
            return .other(PercentObject(typeName: t.name, str: { try self.str(v) }, repr: { try self.repr(v) },
                                        index: indexConv, float: floatConv))
        }
    }

    func percentFormat(_ format: String, _ r: Value) throws -> Value {
        var args: [PercentArg]
        var mapping: ((String) throws -> PercentArg)? = nil
        if case .object(let o) = r, o.kind == .tuple {
            args = unsafeDowncast(o, to: PyTuple.self).items.map { percentArg($0) }
        } else {
            args = [percentArg(r)]
            if case .object(let o) = r, o.kind == .dict || (o.kind == .instance && o.pyType.lookup("__getitem__") != nil) {
                mapping = { key in self.percentArg(try self.getItem(r, .str(key))) }
            }
        }
        return .str(try libCall { try pyPercentFormat(format, args: args, mapping: mapping) })
    }

    // MARK: Imports

    func importModule(_ name: String) throws -> Value {
        if let m = modules[name] { return .object(m) }
        guard let m = try BuiltinModules.make(name, vm: self) else {
            let top = name.split(separator: ".").first.map(String.init) ?? name
            throw PyError(BuiltinTypes.ModuleNotFoundError, "scopewalk provides no module named '\(top)'")
        }
        modules[name] = m
        return .object(m)
    }

    var builtinsModule: PyModule {
        if let m = modules["builtins"] { return m }
        let m = PyModule(name: "builtins")
        m.dict = builtins
        modules["builtins"] = m
        return m
    }

    // MARK: Generators

    /// gen.throw(exc): raise `exc` at the paused yield. Resuming this way is
    /// a `call` event for the tracer (CPython's PY_THROW).
    func throwIntoGenerator(_ g: PyGenerator, _ exc: PyExceptionObject) throws -> Value {
        if g.state == .running { throw PyError.valueError("generator already executing") }
        if callDepth >= recursionLimit { throw PyError(BuiltinTypes.RecursionError, "maximum recursion depth exceeded") }
        let frame = g.frame
        frame.back = currentFrame
        callDepth += 1
        g.state = .running
        let result: ExecutionResult
        do {
            if hookActive { try traceEvent(.call, frame, nil) }
            result = try execute(frame, throwing: PyError(exc))
        } catch let e as PyError {
            g.state = .finished
            if e.exception.cls.isSubtype(of: BuiltinTypes.StopIteration) {
                let re = PyExceptionObject(cls: BuiltinTypes.RuntimeError, args: [.str("generator raised StopIteration")])
                re.cause = e.exception
                re.traceback = e.exception.traceback
                throw PyError(re)
            }
            throw e
        } catch {
            g.state = .finished
            throw error
        }
        switch result {
        case .yielded(let v):
            g.state = .suspended
            callDepth -= 1
            frame.back = nil
            return v
        case .returned(let r):
            g.state = .finished
            throw PyError.stopIteration(r)
        }
    }

    /// gen.close(): GeneratorExit at the paused yield, so `finally` and
    /// `with` blocks around it run; yielding again is a RuntimeError. As in
    /// CPython 3.13, a generator paused outside any try/with block is just
    /// marked finished (nothing runs, no trace events). Returns what the
    /// generator returned while closing (3.13), else None.
    func closeGenerator(_ g: PyGenerator) throws -> Value {
        switch g.state {
        case .created, .finished:
            g.state = .finished
            return .none
        case .running:
            throw PyError.valueError("generator already executing")
        case .suspended:
            break
        }
        if g.frame.code.handler(for: g.frame.lastIP) == nil {
            g.state = .finished
            return .none
        }
        do {
            _ = try throwIntoGenerator(g, PyExceptionObject(cls: BuiltinTypes.GeneratorExit, args: []))
        } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.GeneratorExit) {
            return .none
        } catch let e as PyError where e.exception.cls === BuiltinTypes.StopIteration {
            return e.exception.value
        }
        throw PyError.runtimeError("generator ignored GeneratorExit")
    }
}

extension Interpreter {
    /// Runs a program to completion with no debugger attached.
    public static func runProgram(source: String, filename: String, io: ProgramIO, configure: ((VM) -> Void)? = nil) -> Int32 {
        let vm = VM(filename: filename, source: source, io: io)
        vm.seedRandomFromLog()
        configure?(vm)
        let code: CodeObject
        do {
            code = try VM.compileProgram(source: source, filename: filename, globals: vm.globals, warn: { io.writeStderr($0) })
        } catch var e as SyntaxErrorInfo {
            // As a traceback's frames: the program's absolute path, as CPython prints it.
            if e.filename == filename { e.filename = VM.displayPath(filename) }
            io.writeStderr(e.description + "\n")
            return 1
        } catch {
            io.writeStderr("SyntaxError: \(error)\n")
            return 1
        }
        return vm.runModule(code)
    }
}
