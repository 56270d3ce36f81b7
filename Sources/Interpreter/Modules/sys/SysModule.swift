// `sys`: the interpreter's own state as the program sees it. argv, path and
// modules are the real ones (sys.modules is the dict imports fill in);
// stdout/stderr are stream objects whose write() reaches the program's
// output, and which a program may replace (print() then writes to the
// replacement, as contextlib.redirect_stdout needs).

enum SysModule {
    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "sys")
        m.dict["getrecursionlimit"] = Bootstrap.function("getrecursionlimit") { vm, _, _ in .int(vm.recursionLimit) }
        m.dict["setrecursionlimit"] = Bootstrap.function("setrecursionlimit") { vm, args, kw in
            try Args.expect(args, kw, name: "setrecursionlimit", min: 1, max: 1)
            guard let n = try vm.indexCInteger(args[0]) else { throw PyError.typeError("'\(vm.typeOf(args[0]).name)' object cannot be interpreted as an integer") }
            if n < 1 { throw PyError.valueError("recursion limit must be greater or equal than 1") }
            vm.recursionLimit = n
            return .none
        }
        // sys.excepthook prints an uncaught exception (VM+Program.swift calls
        // a program's replacement instead); __excepthook__ keeps the original.
        let excepthook = Bootstrap.function("excepthook") { vm, args, kw in
            if !kw.isEmpty { throw PyError.typeError("excepthook() takes no keyword arguments") }
            guard args.count == 3 else { throw PyError.typeError("excepthook expected 3 arguments, got \(args.count)") }
            if case .object(let o) = args[1], let e = o as? PyExceptionObject {
                vm.io.writeStderr(vm.formatTraceback(e))
            } else {
                vm.io.writeStderr("TypeError: print_exception(): Exception expected for value, \(vm.typeOf(args[1]).name) found\n")
            }
            return .none
        }
        m.dict["excepthook"] = excepthook
        m.dict["__excepthook__"] = excepthook
        m.dict["get_int_max_str_digits"] = Bootstrap.function("get_int_max_str_digits") { _, args, kw in
            try Args.expect(args, kw, name: "get_int_max_str_digits", min: 0, max: 0)
            return .int(IntStrDigits.limit)
        }
        m.dict["set_int_max_str_digits"] = Bootstrap.function("set_int_max_str_digits") { vm, args, kw in
            var given = args
            for (k, v) in kw {
                guard k == "maxdigits", given.isEmpty else {
                    throw PyError.typeError("set_int_max_str_digits() got an unexpected keyword argument '\(k)'")
                }
                given.append(v)
            }
            guard given.count == 1 else {
                throw PyError.typeError(given.isEmpty ? "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)"
                                                      : "set_int_max_str_digits() takes at most 1 argument (\(given.count) given)")
            }
            guard let n = try vm.indexCInteger(given[0]) else { throw PyError.typeError("'\(vm.typeOf(given[0]).name)' object cannot be interpreted as an integer") }
            if n != 0 && n < IntStrDigits.threshold { throw PyError.valueError("maxdigits must be 0 or larger than \(IntStrDigits.threshold)") }
            IntStrDigits.limit = n
            return .none
        }
        m.dict["maxsize"] = .int(Int.max)
        m.dict["version"] = .str("3.13.0 (main, scopewalk) [Swift]")
        // version_info, float_info, int_info and hash_info are named tuples
        // written in Python (Modules/Lib/_sysinfo.py), made on first use.
        m.dict["__getattr__"] = Bootstrap.function("__getattr__") { [unowned m] vm, args, kw in
            try Args.expect(args, kw, name: "__getattr__", min: 1, max: 1)
            let name = try vm.str(args[0])
            guard ["version_info", "float_info", "int_info", "hash_info"].contains(name) else {
                throw PyError.attributeError("module 'sys' has no attribute '\(name)'")
            }
            let value = try vm.getAttribute(.object(try vm.importDotted("_sysinfo")), name)
            m.dict[name] = value
            return value
        }
        m.dict["hexversion"] = .int(0x030D00F0)
        m.dict["platform"] = .str("linux")
        m.dict["byteorder"] = .str("little")
        m.dict["implementation"] = .none
        m.dict["maxunicode"] = .int(0x10FFFF)
        m.dict["argv"] = .object(PyList([.str(vm.filename)]))
        m.dict["path"] = .object(PyList([.str(vm.moduleState.programFolder)]))
        m.dict["warnoptions"] = .object(PyList([]))
        m.dict["modules"] = .object(vm.sysModulesDict)
        m.dict["builtin_module_names"] = .object(PyTuple(["builtins", "sys", "time", "itertools"].map { Value.str($0) }))
        m.dict["stdlib_module_names"] = frozenSet(EmbeddedLibrary.moduleNames + ["math", "cmath", "random", "dis", "sys", "time"], vm)
        m.dict["exit"] = Bootstrap.function("exit") { _, args, _ in throw PyError(PyExceptionObject(cls: BuiltinTypes.SystemExit, args: args)) }
        m.dict["getsizeof"] = Bootstrap.function("getsizeof") { vm, args, kw in
            try Args.expect(args, kw, name: "getsizeof", min: 1, max: 2)
            return .int(try SysModule.sizeOf(args[0], vm))
        }
        m.dict["intern"] = Bootstrap.function("intern") { _, args, _ in args.first ?? .none }
        m.dict["getdefaultencoding"] = Bootstrap.function("getdefaultencoding") { _, _, _ in .str("utf-8") }
        m.dict["exc_info"] = Bootstrap.function("exc_info") { vm, _, _ in
            guard let e = vm.handledException else { return .object(PyTuple([.none, .none, .none])) }
            return .object(PyTuple([.object(e.cls), .object(e), try vm.getAttribute(.object(e), "__traceback__")]))
        }
        m.dict["_getframe"] = Bootstrap.function("_getframe") { vm, args, kw in
            try Args.expect(args, kw, name: "_getframe", min: 0, max: 1)
            var depth = 0
            if let a = args.first, case .int(let d) = a { depth = d }
            var f = vm.currentFrame
            while depth > 0, let x = f { f = x.back; depth -= 1 }
            guard let frame = f else { throw PyError.valueError("call stack is not deep enough") }
            return .object(PyFrameObject(frame))
        }
        m.dict["displayhook"] = Bootstrap.function("displayhook") { vm, args, _ in
            guard let v = args.first, !v.isNone else { return .none }
            _ = try BuiltinFunctions.print(vm, [.str(try vm.repr(v))], [])
            return .none
        }
        m.dict["__displayhook__"] = m.dict["displayhook"]
        m.dict["exception"] = Bootstrap.function("exception") { vm, _, _ in vm.handledException.map { .object($0) } ?? .none }
        let out = StandardStream.make(name: "<stdout>", toStderr: false)
        let err = StandardStream.make(name: "<stderr>", toStderr: true)
        m.dict["stdout"] = .object(out)
        m.dict["stderr"] = .object(err)
        m.dict["__stdout__"] = .object(out)
        m.dict["__stderr__"] = .object(err)
        vm.moduleState.standardStreams = (out, err)
        return m
    }

    static func frozenSet(_ names: [String], _ vm: VM) -> Value {
        let s = PySet(frozen: true)
        for n in names { try? s.add(.str(n), vm: vm) }
        return .object(s)
    }

    /// sys.getsizeof: CPython 3.13's sizes on 64-bit Linux for the common types.
    static func sizeOf(_ v: Value, _ vm: VM) throws -> Int {
        switch v {
        case .int(let i):
            if i == 0 { return 28 }
            let digits = (Int.bitWidth - i.magnitude.leadingZeroBitCount + 29) / 30
            return 24 + 4 * max(digits, 1)
        case .bool: return 28
        case .float: return 24
        case .none: return 16
        case .object(let o):
            switch o.kind {
            case .str:
                let s = unsafeDowncast(o, to: PyStr.self).value
                let scalars = s.unicodeScalars
                let maxScalar = scalars.map { $0.value }.max() ?? 0
                if maxScalar < 128 { return 41 + scalars.count }
                if maxScalar < 256 { return 57 + scalars.count }
                if maxScalar < 65536 { return 58 + 2 * scalars.count }
                return 60 + 4 * scalars.count
            case .list: return 56 + 8 * (try vm.length(v))
            case .tuple: return 40 + 8 * (try vm.length(v))
            case .dict: let n = try vm.length(v); return n == 0 ? 64 : (n <= 5 ? 184 : (n <= 10 ? 272 : 64 + 48 * n))
            case .set, .frozenset: let n = try vm.length(v); return n <= 4 ? 216 : 728
            case .bigInt: return 24 + 4 * max(1, (unsafeDowncast(o, to: PyInt.self).value.bitLength + 29) / 30)
            default: return 56
            }
        }
    }
}

/// sys.stdout / sys.stderr: `write` goes to the program's output streams.
enum StandardStream {
    static let type: PyType = {
        let t = PyType(name: "TextIOWrapper", module: "_io", bases: [BuiltinTypes.object], isBuiltin: true)
        t.setLinearMRO()
        Bootstrap.method(t, "write") { vm, args, kw in
            try Args.expect(args, kw, name: "write", min: 2, max: 2, owner: "TextIOWrapper")
            guard case .object(let so) = args[1], so.kind == .str else {
                throw PyError.typeError("write() argument must be str, not \(vm.typeOf(args[1]).name)")
            }
            let s = unsafeDowncast(so, to: PyStr.self).value
            if isStderr(args[0]) { vm.writeStderr(s) } else { vm.writeStdout(s) }
            return .int(s.unicodeScalars.count)
        }
        Bootstrap.method(t, "flush") { _, _, _ in .none }
        Bootstrap.method(t, "isatty") { _, _, _ in .bool(false) }
        Bootstrap.method(t, "writable") { _, _, _ in .bool(true) }
        Bootstrap.method(t, "readable") { _, _, _ in .bool(false) }
        Bootstrap.method(t, "fileno") { _, args, _ in .int(isStderr(args[0]) ? 2 : 1) }
        return t
    }()

    static func make(name: String, toStderr: Bool) -> PyInstance {
        let i = PyInstance(cls: type)
        i.dict["name"] = .str(name)
        i.dict["encoding"] = .str("utf-8")
        i.dict["errors"] = .str("strict")
        i.dict["mode"] = .str("w")
        i.dict["closed"] = .bool(false)
        return i
    }

    static func isStderr(_ v: Value) -> Bool {
        guard case .object(let o) = v, let i = o as? PyInstance, case .object(let n)? = i.dict["name"], let s = n as? PyStr else { return false }
        return s.value == "<stderr>"
    }
}
