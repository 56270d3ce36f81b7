// `import dis; dis.dis(f)`: prints scopewalk's bytecode (see Disassembler).

enum DisModule {
    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "dis")
        m.dict["dis"] = Bootstrap.function("dis") { vm, args, kw in
            try Args.expect(args, kw, name: "dis", min: 1, max: 1)
            guard let code = try codeOf(args[0]) ?? sourceCode(vm, args[0]) else {
                throw PyError.typeError("don't know how to disassemble \(vm.typeOf(args[0]).name) objects")
            }
            vm.writeStdout(Disassembler.disassemble(code, vm: vm))
            return .none
        }
        m.dict["code_info"] = Bootstrap.function("code_info") { vm, args, kw in
            try Args.expect(args, kw, name: "code_info", min: 1, max: 1)
            guard let c = codeOf(args[0]) else { throw PyError.typeError("don't know how to disassemble \(vm.typeOf(args[0]).name) objects") }
            func names(_ a: [String]) -> String { a.enumerated().map { "   \($0.offset): \($0.element)" }.joined(separator: "\n") }
            var s = "Name:              \(c.name)\nFilename:          \(c.filename)\nArgument count:    \(c.argCount)\n"
            s += "Positional-only arguments: \(c.posonlyArgCount)\nKw-only arguments: \(c.kwonlyArgCount)\nNumber of locals:  \(c.pythonVarnames.count)\n"
            if !c.pythonVarnames.isEmpty { s += "Variable names:\n" + names(c.pythonVarnames) + "\n" }
            if !c.freevars.isEmpty { s += "Free variables:\n" + names(c.freevars) + "\n" }
            if !c.cellvars.isEmpty { s += "Cell variables:\n" + names(c.cellvars) + "\n" }
            return .str(String(s.dropLast()))
        }
        return m
    }

    /// dis.dis("x = 1"): source compiled as an expression if it is one, else as statements.
    static func sourceCode(_ vm: VM, _ v: Value) throws -> CodeObject? {
        guard let s = vm.asPyStr(v) else { return nil }
        // The module's own globals: the disassembler names global slots from them.
        let g = vm.globals
        if let c = try? vm.compileSource(s.value, mode: "eval", filename: "<dis>", globals: g) { return c }
        return try vm.compileSource(s.value, mode: "exec", filename: "<dis>", globals: g)
    }

    static func codeOf(_ v: Value) -> CodeObject? {
        guard case .object(let o) = v else { return nil }
        switch o {
        case let f as PyFunction: return f.code
        case let c as PyCode: return c.code
        case let m as PyBoundMethod: return codeOf(m.function)
        case let g as PyGenerator: return g.frame.code
        default: return nil
        }
    }
}
