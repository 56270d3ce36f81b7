// print(), input() and next(): the builtins that talk to the program's
// streams or drive an iterator one step.

import Foundation

extension BuiltinFunctions {
    static func print(_ vm: VM, _ args: [Value], _ kw: KwArgs) throws -> Value {
        var sep = " ", end = "\n"
        var toStderr = false
        var target: Value? = nil
        for (k, v) in kw {
            switch k {
            case "sep":
                if !v.isNone {
                    guard case .object(let o) = v, let s = o as? PyStr else { throw PyError.typeError("sep must be None or a string, not \(vm.typeOf(v).name)") }
                    sep = s.value
                }
            case "end":
                if !v.isNone {
                    guard case .object(let o) = v, let s = o as? PyStr else { throw PyError.typeError("end must be None or a string, not \(vm.typeOf(v).name)") }
                    end = s.value
                }
            case "file":
                if !v.isNone { target = v }
            case "flush": break
            default:
                let suggestion = ["sep", "end", "file", "flush"].first { k.hasPrefix($0) || $0.hasPrefix(k) }
                throw PyError.typeError("print() got an unexpected keyword argument '\(k)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? ""))
            }
        }
        // print() writes to file=, else to sys.stdout as it is now (a program
        // may have replaced it); the original streams go straight out.
        if target == nil, let streams = vm.moduleState.standardStreams, let sys = vm.modules["sys"],
           let current = sys.attribute("stdout"), !current.isIdentical(to: .object(streams.stdout)) {
            // sys.stdout = None: print does nothing, as CPython's.
            if current.isNone { return .none }
            target = current
        }
        if let t = target {
            if case .object(let o) = t, o.pyType === StandardStream.type {
                toStderr = StandardStream.isStderr(t)
            } else {
                // As CPython: one write() per piece (args, separators, end).
                let write = try vm.getAttribute(t, "write")
                for (i, a) in args.enumerated() {
                    if i > 0 { _ = try vm.call(write, [.str(sep)]) }
                    _ = try vm.call(write, [.str(try vm.str(a))])
                }
                _ = try vm.call(write, [.str(end)])
                return .none
            }
        }
        // Each argument's str() once (a custom stream above calls it itself).
        var out = ""
        for (i, a) in args.enumerated() {
            if i > 0 { out += sep }
            out += try vm.str(a)
        }
        out += end
        if toStderr { vm.writeStderr(out) } else { vm.writeStdout(out) }
        return .none
    }

    static func input(_ vm: VM, _ args: [Value], _ kw: KwArgs) throws -> Value {
        try Args.expect(args, kw, name: "input", min: 0, max: 1)
        if let p = args.first { vm.writeStdout(try vm.str(p)) }
        guard let line = vm.readInputLine() else { throw PyError(BuiltinTypes.EOFError, "EOF when reading a line") }
        return .str(line)
    }

    static func next(_ vm: VM, _ args: [Value], _ kw: KwArgs) throws -> Value {
        try Args.expect(args, kw, name: "next", min: 1, max: 2)
        let it = args[0]
        if case .object(let o) = it, o.kind == .generator {
            switch try vm.resumeGenerator(unsafeDowncast(o, to: PyGenerator.self), send: .none) {
            case .yielded(let v): return v
            case .returned(let r):
                if args.count > 1 { return args[1] }
                throw PyError.stopIteration(r)
            }
        }
        guard case .object(let o) = it, o.kind == .iterator || o.pyType.lookup("__next__") != nil else {
            throw PyError.typeError("'\(vm.typeOf(it).name)' object is not an iterator")
        }
        if o.kind != .iterator, args.count == 1 {
            // Let a user __next__'s StopIteration (with its value) through.
            return try vm.call(try vm.bindIfFunction(o.pyType.lookup("__next__")!, to: it, type: o.pyType), [])
        }
        if let v = try vm.nextValue(it) { return v }
        if args.count > 1 { return args[1] }
        throw PyError.stopIteration()
    }
}
