// eval(), exec(), compile() and __import__(). Global names compile to slots
// of one module's Globals, so source is compiled for the globals it runs in:
// the calling frame's module, or a Globals kept per dict the program passes
// (items copied in before and back out after, so the dict sees the run).

enum EvalExec {
    static func install(_ b: inout AttrDict) {
        b["eval"] = Bootstrap.function("eval") { vm, args, kw in try run(vm, args, kw, name: "eval") }
        b["exec"] = Bootstrap.function("exec") { vm, args, kw in try run(vm, args, kw, name: "exec") }
        b["compile"] = Bootstrap.function("compile") { vm, args, kw in try compile(vm, args, kw) }
        b["__import__"] = Bootstrap.function("__import__") { vm, args, kw in
            guard let first = args.first, case .object(let o) = first, let s = o as? PyStr else {
                throw PyError.typeError("__import__() argument 1 must be str")
            }
            let fromList = try args.count > 3 && vm.isTruthy(args[3])
            let m = try vm.importDotted(s.value)
            if fromList { return .object(m) }
            return .object(vm.modules[String(s.value.prefix { $0 != "." })] ?? m)
        }
    }

    /// The source text and mode of eval/exec's first argument.
    /// (text, mode, filename): a code object made by compile() keeps its filename.
    private static func source(_ vm: VM, _ v: Value, name: String) throws -> (String, String, String) {
        if case .object(let o) = v {
            if let s = o as? PyStr { return (s.value, name, "<string>") }
            if let c = o as? PyCode {
                guard let src = c.code.compiledSource else {
                    throw PyError.typeError("scopewalk can \(name)() only code made by compile()")
                }
                if name == "eval" && src.mode == "exec" { return (src.text, "exec", c.code.filename) }
                return (src.text, src.mode, c.code.filename)
            }
            if o.kind == .bytes, let s = String(bytes: (try? vm.iterate(v))?.compactMap { if case .int(let i) = $0 { return UInt8(truncatingIfNeeded: i) } else { return nil } } ?? [], encoding: .utf8) {
                return (s, name, "<string>")
            }
        }
        throw PyError.typeError(name == "eval" ? "eval() arg 1 must be a string, bytes or code object" : "exec() arg 1 must be a string, bytes or code object")
    }

    static func run(_ vm: VM, _ args: [Value], _ kw: KwArgs, name: String) throws -> Value {
        try Args.rejectUnknown(kw, allowed: ["globals", "locals", "closure"], function: name)
        guard !args.isEmpty, args.count <= 3 else {
            throw PyError.typeError(args.isEmpty ? "\(name) expected at least 1 argument, got 0" : "\(name) expected at most 3 arguments, got \(args.count)")
        }
        let (text, mode, filename) = try source(vm, args[0], name: name)
        let gArg = args.count > 1 ? args[1] : (Args.keyword(kw, "globals") ?? .none)
        let lArg = args.count > 2 ? args[2] : (Args.keyword(kw, "locals") ?? .none)
        var gdict: PyDict? = nil
        if !gArg.isNone {
            guard case .object(let o) = gArg, let d = o as? PyDict else {
                throw PyError.typeError(name == "eval" ? "globals must be a real dict; try eval(expr, {}, mapping)" : "exec() globals must be a dict, not \(vm.typeOf(gArg).name)")
            }
            gdict = d
        }
        var ldict: PyDict? = nil
        if !lArg.isNone {
            guard case .object(let o) = lArg, let d = o as? PyDict else { throw PyError.typeError("locals must be a mapping") }
            ldict = d
        }
        let caller = vm.currentFrame
        let target: Globals
        var writeBack: PyDict? = nil
        // With a separate locals dict, the names the code binds go to that
        // dict only: it runs in a scratch namespace seeded from both, and
        // only what it binds or rebinds is written back (not the globals).
        var seeded: [String: Value]? = nil
        // CPython inserts the builtins' dict into globals lacking
        // __builtins__ before the code runs (the code can read it).
        if let d = gdict, try d.get(.str("__builtins__"), vm: vm) == nil {
            try d.set(.str("__builtins__"), try vm.getAttribute(.object(vm.builtinsModule), "__dict__"), vm: vm)
        }
        if let d = gdict, let l = ldict, l !== d {
            target = Globals(builtins: vm.builtins)
            vm.builtinsOverlay.attach(target)
            if d === vm.globalsDictView, let g = vm.globalsDictViewOwner {
                for (k, v) in g.boundItems { target.store(v, slot: target.slot(for: k)) }
            } else {
                try vm.seed(target, from: d)
            }
            try vm.seed(target, from: l)
            writeBack = l
            seeded = Dictionary(target.boundItems, uniquingKeysWith: { $1 })
        } else if let d = gdict {
            target = vm.globalsFor(dict: d)
            try vm.seed(target, from: d)
            writeBack = d
        } else if let f = caller, f.code.kind == .module, f.classNamespace == nil, ldict == nil {
            target = f.globals
        } else {
            // Inside a function: the code sees the frame's names, and its
            // bindings go to a snapshot (CPython's exec writes to a locals
            // dict the function never reads back).
            target = Globals(builtins: vm.builtins)
            vm.builtinsOverlay.attach(target)
            if let f = caller {
                func put(_ k: String, _ v: Value) { target.store(v, slot: target.slot(for: k)) }
                for (k, v) in f.globals.boundItems { put(k, v) }
                if let ns = f.classNamespace { for p in ns.pairs { put(vm.strValue(p.key), p.value) } }
                for (k, v) in f.boundLocals() { put(k, v) }
            }
            if let l = ldict {
                try vm.seed(target, from: l)
                writeBack = l
                seeded = Dictionary(target.boundItems, uniquingKeysWith: { $1 })
            }
        }
        let result = try vm.runSource(text, mode: mode, filename: filename, globals: target)
        if let d = writeBack {
            let after = target.boundItems
            if let before = seeded {
                // Names the code declares global go to the globals instead.
                let declared = topLevelGlobals(text)
                for (k, v) in after where declared.contains(k) && !(before[k]?.isIdentical(to: v) ?? false) {
                    if let g = gdict, g === vm.globalsDictView, let owner = vm.globalsDictViewOwner {
                        owner.store(v, slot: owner.slot(for: k))
                    } else if let g = gdict {
                        try g.set(.str(k), v, vm: vm)
                    } else if let f = caller {
                        f.globals.store(v, slot: f.globals.slot(for: k))
                    }
                }
                for (k, v) in after where !declared.contains(k) && !(before[k]?.isIdentical(to: v) ?? false) { try d.set(.str(k), v, vm: vm) }
                let still = Set(after.map { $0.0 })
                for k in before.keys where !still.contains(k) { _ = try d.remove(.str(k), vm: vm) }
            } else {
                for (k, v) in after { try d.set(.str(k), v, vm: vm) }
            }
        }
        return name == "eval" ? result : .none
    }

    /// The names a `global` statement at the top level of `text` declares.
    private static func topLevelGlobals(_ text: String) -> Set<String> {
        guard text.contains("global"), let module = try? Parser.parse(source: text, filename: "<string>") else { return [] }
        var names = Set<String>()
        for s in module.body { if case .global(let ns) = s.kind { names.formUnion(ns) } }
        return names
    }

    /// The hidden global 'single' mode calls with each expression statement's value.
    static let displayName = "__scopewalk_display__"

    /// `e` as a statement becomes `__scopewalk_display__(e)`, in nested
    /// blocks too (not inside function or class bodies).
    static func displayingExpressions(_ body: [Stmt]) -> [Stmt] {
        body.map { s in
            var s = s
            switch s.kind {
            case .expr(let e):
                s.kind = .expr(Expr(.call(func: Expr(.name(displayName), e.range), args: [e], keywords: []), e.range))
            case .if(let t, let b, let o): s.kind = .if(test: t, body: displayingExpressions(b), orelse: displayingExpressions(o))
            case .while(let t, let b, let o): s.kind = .while(test: t, body: displayingExpressions(b), orelse: displayingExpressions(o))
            case .for(let t, let i, let b, let o): s.kind = .for(target: t, iter: i, body: displayingExpressions(b), orelse: displayingExpressions(o))
            case .with(let items, let b): s.kind = .with(items: items, body: displayingExpressions(b))
            case .try(let b, let hs, let o, let f):
                let handlers = hs.map { h -> ExceptHandler in var h = h; h.body = displayingExpressions(h.body); return h }
                s.kind = .try(body: displayingExpressions(b), handlers: handlers, orelse: displayingExpressions(o), finalbody: displayingExpressions(f))
            default: break
            }
            return s
        }
    }

    static func compile(_ vm: VM, _ args: [Value], _ kw: KwArgs) throws -> Value {
        try Args.rejectUnknown(kw, allowed: ["source", "filename", "mode", "flags", "dont_inherit", "optimize"], function: "compile")
        let src = args.count > 0 ? args[0] : Args.keyword(kw, "source")
        let file = args.count > 1 ? args[1] : Args.keyword(kw, "filename")
        let modeV = args.count > 2 ? args[2] : Args.keyword(kw, "mode")
        guard let s = src, let f = file, let m = modeV else {
            throw PyError.typeError("compile() missing required argument 'mode' (pos 3)")
        }
        let (text, _, _) = try source(vm, s, name: "compile")
        let mode = try vm.str(m)
        guard ["exec", "eval", "single"].contains(mode) else {
            throw PyError.valueError("compile() mode must be 'exec', 'eval' or 'single'")
        }
        let filename = try vm.str(f)
        // Compiled once here for its SyntaxError; run, it is compiled again
        // for the globals it runs in.
        let code = try vm.compileSource(text, mode: mode, filename: filename, globals: Globals(builtins: vm.builtins))
        code.compiledSource = (text, mode)
        return .object(PyCode(code))
    }
}

extension VM {
    /// One Globals per dict given to exec/eval, so functions defined by one
    /// exec see the names a later exec with the same dict binds.
    func globalsFor(dict: PyDict) -> Globals {
        if let d = globalsDictView, d === dict, let g = globalsDictViewOwner { return g }
        let key = ObjectIdentifier(dict)
        let own = (try? customBuiltins(of: dict)) ?? nil
        if let (d, g) = moduleState.execGlobals[key], d === dict, (own == nil) == g.hasStandardBuiltins { return g }
        let g: Globals
        if let b = own {
            g = Globals(builtins: b)
            g.hasStandardBuiltins = false
        } else {
            g = Globals(builtins: builtins)
            builtinsOverlay.attach(g)
        }
        g.execDict = dict
        moduleState.execGlobals[key] = (dict, g)
        return g
    }

    /// The builtins of code run with globals `dict` whose __builtins__ is not
    /// the builtins module or its dict (eval(s, {'__builtins__': {}})): nil
    /// for the standard ones.
    private func customBuiltins(of dict: PyDict) throws -> AttrDict? {
        guard let b = try dict.get(.str("__builtins__"), vm: self), case .object(let o) = b else { return nil }
        if o === builtinsModule { return nil }
        var names = AttrDict()
        if let m = o as? PyModule {
            for k in moduleDirNames(m) { if let v = m.attribute(k) { names[k] = v } }
            return names
        }
        guard let d = o as? PyDict else { return nil }
        if case .object(let bd) = try getAttribute(.object(builtinsModule), "__dict__"), bd === d { return nil }
        for p in d.pairs { if case .object(let ko) = p.key, ko.kind == .str { names[unsafeDowncast(ko, to: PyStr.self).value] = p.value } }
        return names
    }

    func seed(_ g: Globals, from d: PyDict) throws {
        for p in d.pairs {
            guard case .object(let ko) = p.key, let k = ko as? PyStr else { continue }
            // store(): the name counts as bound, so the write-back sees a rebinding.
            g.store(p.value, slot: g.slot(for: k.value))
        }
    }

    func compileSource(_ text: String, mode: String, filename: String, globals g: Globals) throws -> CodeObject {
        do {
            if mode == "eval" {
                let stripped = String(text.drop { $0 == " " || $0 == "\t" })
                let module = try Parser.parse(source: "(" + stripped + "\n)", filename: filename)
                let analysis = try ScopeAnalyzer.analyze(module, filename: filename, sourceLines: [stripped])
                return try Compiler.compile(module: module, analysis: analysis, filename: filename, globals: g, evalMode: true)
            }
            return try VM.compileProgram(source: text, filename: filename, globals: g)
        } catch let e as SyntaxErrorInfo {
            throw syntaxErrorValue(e)
        }
    }

    /// Runs source in `g`; 'single' prints an expression's value (not None)
    /// as the interactive prompt (and doctest) do.
    func runSource(_ text: String, mode: String, filename: String, globals g: Globals) throws -> Value {
        var mode = mode
        var code: CodeObject
        // The display hook of 'single' mode is bound only while its code runs.
        defer { if let s = g.existingSlot(EvalExec.displayName) { g.unbind(slot: s) } }
        if mode == "single" {
            // As the interactive prompt (and doctest): every expression
            // statement, at any depth outside functions and classes, shows
            // its value through sys.displayhook.
            var parsed: Module
            do { parsed = try Parser.parse(source: text, filename: filename) } catch let e as SyntaxErrorInfo { throw syntaxErrorValue(e) }
            parsed.body = EvalExec.displayingExpressions(parsed.body)
            let hook = EvalExec.displayName
            g.store(Bootstrap.function(hook) { vm, args, _ in
                if let v = args.first, !v.isNone {
                    if let sys = vm.modules["sys"], let dh = sys.attribute("displayhook") { _ = try vm.call(dh, [v]) } else {
                        _ = try BuiltinFunctions.print(vm, [.str(try vm.repr(v))], [])
                    }
                }
                return .none
            }, slot: g.slot(for: hook))
            do {
                let analysis = try ScopeAnalyzer.analyze(parsed, filename: filename, sourceLines: VM.lines(of: text))
                code = try Compiler.compile(module: parsed, analysis: analysis, filename: filename, globals: g)
            } catch let e as SyntaxErrorInfo {
                throw syntaxErrorValue(e)
            }
            mode = "exec"
        } else {
            code = try compileSource(text, mode: mode, filename: filename, globals: g)
        }
        code.markLibrary()
        let caller = currentFrame
        let frame = Frame(code: code, function: nil, globals: g, back: caller, depth: (caller?.depth ?? -1) + 1)
        setUpCells(frame, nil)
        defer { frame.back = nil }
        switch try execute(frame) {
        case .returned(let v): return mode == "eval" ? v : .none
        case .yielded(let v): return v
        }
    }
}
