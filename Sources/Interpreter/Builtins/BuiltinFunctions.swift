// The builtin functions (print, len, sorted, ...), with CPython's argument
// handling and error messages.

import Foundation

enum BuiltinFunctions {
    static func install(into b: inout AttrDict) {
        let f = Bootstrap.function
        b["print"] = f("print", print)
        b["input"] = f("input", input)
        b["len"] = fast1("len") { vm, v in .int(try vm.length(v)) }
        b["repr"] = fast1("repr") { vm, v in .str(try vm.repr(v)) }
        b["ascii"] = fast1("ascii") { vm, v in .str(try vm.ascii(v)) }
        b["id"] = fast1("id") { _, v in .int(v.identity) }
        b["hash"] = fast1("hash") { vm, v in .int(try vm.hash(v)) }
        b["callable"] = fast1("callable") { vm, v in .bool(vm.isCallable(v)) }
        b["abs"] = fast1("abs", abs)
        b["iter"] = f("iter") { vm, args, kw in
            try Args.expect(args, kw, name: "iter", min: 1, max: 2)
            if args.count == 1 { return try vm.getIterator(args[0]) }
            // iter(callable, sentinel): call until the sentinel comes back.
            let fn = args[0], sentinel = args[1]
            guard vm.isCallable(fn) else { throw PyError.typeError("iter(v, w): v must be callable") }
            var done = false
            return .object(PyIterator.native("callable_iterator") { vm in
                if done { return nil }
                let v = try vm.call(fn, [])
                if try vm.equals(v, sentinel) { done = true; return nil }
                return v
            })
        }
        b["next"] = f("next", next)
        b["isinstance"] = f("isinstance") { vm, args, kw in
            try Args.expect(args, kw, name: "isinstance", min: 2, max: 2)
            return .bool(try vm.isInstance(args[0], args[1], function: "isinstance"))
        }
        b["issubclass"] = f("issubclass") { vm, args, kw in
            try Args.expect(args, kw, name: "issubclass", min: 2, max: 2)
            guard case .object(let o) = args[0], let t = o as? PyType else { throw PyError.typeError("issubclass() arg 1 must be a class") }
            return .bool(try vm.typeMatches(t, args[1], function: "issubclass"))
        }
        b["min"] = f("min") { vm, args, kw in try minMax(vm, args, kw, name: "min", op: .lt) }
        b["max"] = f("max") { vm, args, kw in try minMax(vm, args, kw, name: "max", op: .gt) }
        b["sum"] = f("sum", sum)
        b["sorted"] = f("sorted") { vm, args, kw in
            try Args.rejectUnknown(kw, allowed: ["key", "reverse"], function: "sort")
            guard args.count == 1 else { throw PyError.typeError("sorted expected 1 argument, got \(args.count)") }
            var items = try vm.iterateSized(args[0])
            try vm.timsort(&items, key: Args.keyword(kw, "key").flatMap { $0.isNone ? nil : $0 }, reverse: try vm.isTruthy(Args.keyword(kw, "reverse") ?? .bool(false)))
            return .object(PyList(items))
        }
        b["reversed"] = f("reversed") { vm, args, kw in
            try Args.expect(args, kw, name: "reversed", min: 1, max: 1)
            return try vm.reversedIterator(args[0])
        }
        b["enumerate"] = f("enumerate") { vm, args, kw in
            try Args.rejectUnknown(kw, allowed: ["start"], function: "enumerate")
            guard args.count >= 1 && args.count <= 2 else { throw PyError.typeError("enumerate() takes at most 2 arguments (\(args.count) given)") }
            let it = try vm.getIterator(args[0])
            var i = args.count > 1 ? args[1] : (Args.keyword(kw, "start") ?? .int(0))
            return .object(PyIterator.native("enumerate") { vm in
                guard let v = try vm.nextValue(it) else { return nil }
                let r = Value.object(PyTuple([i, v]))
                i = try vm.binaryOperation(i, .int(1), .add)
                return r
            })
        }
        b["zip"] = f("zip") { vm, args, kw in
            try Args.rejectUnknown(kw, allowed: ["strict"], function: "zip")
            let strict = try vm.isTruthy(Args.keyword(kw, "strict") ?? .bool(false))
            let its = try args.map { try vm.getIterator($0) }
            return .object(PyIterator.native("zip") { vm in
                if its.isEmpty { return nil }
                var out: [Value] = []
                for (n, it) in its.enumerated() {
                    guard let v = try vm.nextValue(it) else {
                        if strict {
                            if n > 0 { throw PyError.valueError("zip() argument \(n + 1) is shorter than argument\(n > 1 ? "s 1-\(n)" : " 1")") }
                            for (m, other) in its.enumerated().dropFirst() where try vm.nextValue(other) != nil {
                                throw PyError.valueError("zip() argument \(m + 1) is longer than argument\(m > 1 ? "s 1-\(m)" : " 1")")
                            }
                        }
                        return nil
                    }
                    out.append(v)
                }
                return .object(PyTuple(out))
            })
        }
        b["map"] = f("map") { vm, args, kw in
            try Args.expect(args, kw, name: "map", min: 0, max: Int.max)
            guard args.count >= 2 else { throw PyError.typeError("map() must have at least two arguments.") }
            let fn = args[0]
            let its = try args.dropFirst().map { try vm.getIterator($0) }
            return .object(PyIterator.native("map") { vm in
                var xs: [Value] = []
                for it in its {
                    guard let v = try vm.nextValue(it) else { return nil }
                    xs.append(v)
                }
                return try vm.call(fn, xs)
            })
        }
        b["filter"] = f("filter") { vm, args, kw in
            try Args.expect(args, kw, name: "filter", min: 2, max: 2)
            let fn = args[0]
            let it = try vm.getIterator(args[1])
            return .object(PyIterator.native("filter") { vm in
                while let v = try vm.nextValue(it) {
                    let keep = fn.isNone ? try vm.isTruthy(v) : try vm.isTruthy(try vm.call(fn, [v]))
                    if keep { return v }
                }
                return nil
            })
        }
        b["any"] = fast1("any") { vm, v in
            let it = try vm.getIterator(v)
            while let x = try vm.nextValue(it) { if try vm.isTruthy(x) { return .bool(true) } }
            return .bool(false)
        }
        b["all"] = fast1("all") { vm, v in
            let it = try vm.getIterator(v)
            while let x = try vm.nextValue(it) { if !(try vm.isTruthy(x)) { return .bool(false) } }
            return .bool(true)
        }
        b["round"] = f("round", round)
        b["divmod"] = f("divmod") { vm, args, kw in
            try Args.expect(args, kw, name: "divmod", min: 2, max: 2)
            // User __divmod__ / __rdivmod__ first, as binary operators do.
            let lt = vm.typeOf(args[0]), rt = vm.typeOf(args[1])
            if !lt.isBuiltin, let f = lt.lookup("__divmod__") {
                let r = try vm.call(try vm.bindIfFunction(f, to: args[0], type: lt), [args[1]])
                if !vm.isNotImplemented(r) { return r }
            }
            if !rt.isBuiltin, lt !== rt, let f = rt.lookup("__rdivmod__") {
                let r = try vm.call(try vm.bindIfFunction(f, to: args[1], type: rt), [args[0]])
                if !vm.isNotImplemented(r) { return r }
            }
            guard vm.asNum(args[0]) != nil, vm.asNum(args[1]) != nil else {
                throw PyError.typeError("unsupported operand type(s) for divmod(): '\(vm.typeOf(args[0]).name)' and '\(vm.typeOf(args[1]).name)'")
            }
            let q = try vm.binaryOperation(args[0], args[1], .floorDiv)
            let r = try vm.binaryOperation(args[0], args[1], .mod)
            return .object(PyTuple([q, r]))
        }
        b["pow"] = f("pow", pow)
        b["hex"] = fast1("hex") { vm, v in .str(try vm.intToBase(v, 16, "0x")) }
        b["oct"] = fast1("oct") { vm, v in .str(try vm.intToBase(v, 8, "0o")) }
        b["bin"] = fast1("bin") { vm, v in .str(try vm.intToBase(v, 2, "0b")) }
        b["ord"] = fast1("ord") { vm, v in
            guard case .object(let o) = v, let s = o as? PyStr else {
                throw PyError.typeError("ord() expected string of length 1, but \(vm.typeOf(v).name) found")
            }
            let sc = s.scalars
            guard sc.count == 1 else { throw PyError.typeError("ord() expected a character, but string of length \(sc.count) found") }
            return .int(Int(sc[0].value))
        }
        b["chr"] = fast1("chr") { vm, v in
            guard let i = try vm.indexValue(v) else { throw PyError.typeError("'\(vm.typeOf(v).name)' object cannot be interpreted as an integer") }
            guard i >= 0, i < 0x110000 else { throw PyError.valueError("chr() arg not in range(0x110000)") }
            guard let sc = Unicode.Scalar(UInt32(i)) else { return .str("\u{FFFD}") }
            return .object(StringCache.char(sc))
        }
        b["getattr"] = f("getattr") { vm, args, kw in
            try Args.expect(args, kw, name: "getattr", min: 2, max: 3)
            guard case .object(let o) = args[1], let name = o as? PyStr else { throw PyError.typeError("attribute name must be string, not '\(vm.typeOf(args[1]).name)'") }
            if args.count == 3 {
                do { return try vm.getAttribute(args[0], name.value) } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.AttributeError) { return args[2] }
            }
            return try vm.getAttribute(args[0], name.value)
        }
        b["setattr"] = f("setattr") { vm, args, kw in
            try Args.expect(args, kw, name: "setattr", min: 3, max: 3)
            guard case .object(let o) = args[1], let name = o as? PyStr else { throw PyError.typeError("attribute name must be string, not '\(vm.typeOf(args[1]).name)'") }
            try vm.setAttribute(args[0], name.value, args[2])
            return .none
        }
        b["delattr"] = f("delattr") { vm, args, kw in
            try Args.expect(args, kw, name: "delattr", min: 2, max: 2)
            try vm.deleteAttribute(args[0], vm.strValue(args[1]))
            return .none
        }
        b["hasattr"] = f("hasattr") { vm, args, kw in
            try Args.expect(args, kw, name: "hasattr", min: 2, max: 2)
            guard case .object(let o) = args[1], let name = o as? PyStr else { throw PyError.typeError("attribute name must be string, not '\(vm.typeOf(args[1]).name)'") }
            do { _ = try vm.getAttribute(args[0], name.value); return .bool(true) } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.AttributeError) { return .bool(false) }
        }
        b["format"] = f("format") { vm, args, kw in
            try Args.expect(args, kw, name: "format", min: 1, max: 2)
            return try vm.format(args[0], spec: args.count > 1 ? vm.strValue(args[1]) : "")
        }
        b["locals"] = f("locals") { vm, args, kw in
            try Args.expect(args, kw, name: "locals", min: 0, max: 0)
            return .object(try vm.localsDict(vm.currentFrame))
        }
        b["globals"] = f("globals") { vm, args, kw in
            try Args.expect(args, kw, name: "globals", min: 0, max: 0)
            return .object(try vm.globalsDict())
        }
        b["vars"] = f("vars") { vm, args, kw in
            try Args.expect(args, kw, name: "vars", min: 0, max: 1)
            if args.isEmpty { return .object(try vm.localsDict(vm.currentFrame)) }
            do {
                return try vm.getAttribute(args[0], "__dict__")
            } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.AttributeError) {
                throw PyError.typeError("vars() argument must have __dict__ attribute")
            }
        }
        b["dir"] = f("dir") { vm, args, kw in
            try Args.expect(args, kw, name: "dir", min: 0, max: 1)
            var names: [String]
            if args.isEmpty {
                names = try vm.localsDict(vm.currentFrame).keys.map { vm.strValue($0) }
            } else if case .object(let o) = args[0], let m = o as? PyModule {
                names = vm.moduleDirNames(m)
            } else {
                // type(obj).__dir__(obj): a class's own __dir__ (or its
                // metaclass's for a class), else object's / type's.
                let t = vm.typeOf(args[0])
                if !t.isBuiltin, let d = t.lookup("__dir__"), !vm.isObjectDefault(d) {
                    names = try vm.iterate(try vm.call(try vm.bindIfFunction(d, to: args[0], type: t), [])).map {
                        guard case .object(let o) = $0, o.kind == .str else {
                            throw PyError.typeError("'<' not supported between instances of '\(vm.typeOf($0).name)' and 'str'")
                        }
                        return vm.strValue($0)
                    }
                } else if case .object(let o) = args[0], let cls = o as? PyType {
                    names = try vm.typeDirNames(cls)
                } else {
                    names = try vm.objectDirNames(args[0])
                }
            }
            return .object(PyList(names.sorted().map { .str($0) }))
        }
        b["open"] = f("open") { _, _, _ in
            throw PyError(BuiltinTypes.PermissionError, "scopewalk runs programs in a sandbox: open() is not available")
        }
        EvalExec.install(&b)
        b["breakpoint"] = f("breakpoint") { _, _, _ in
            throw PyError(BuiltinTypes.NotImplementedError, "scopewalk does not support breakpoint()")
        }
        // help() is pydoc's (Modules/Lib/pydoc.py), loaded on first use.
        b["help"] = f("help") { vm, args, kw in
            let fn = try vm.getAttribute(.object(try vm.importDotted("pydoc")), "help")
            return try vm.call(fn, args, kw)
        }
        // memoryview is written in Python (Modules/Lib/_memoryview.py), loaded on first use.
        b["memoryview"] = f("memoryview") { vm, args, kw in
            let cls = try vm.getAttribute(.object(try vm.importDotted("_memoryview")), "memoryview")
            return try vm.call(cls, args, kw)
        }
        AsyncMethods.installBuiltins(into: &b)
        b["exit"] = f("exit") { _, args, _ in throw PyError(PyExceptionObject(cls: BuiltinTypes.SystemExit, args: args)) }
        b["quit"] = b["exit"]
        b["__build_class__"] = f("__build_class__") { vm, args, kw in try vm.buildClass(args, kw) }
    }

    static func fast1(_ name: String, _ body: @escaping (VM, Value) throws -> Value) -> Value {
        let fn = PyBuiltinFunction(name: name) { vm, args, kw in
            try Args.expect(args, kw, name: name, min: 1, max: 1)
            return try body(vm, args[0])
        }
        fn.fast1 = body
        return .object(fn)
    }
}
