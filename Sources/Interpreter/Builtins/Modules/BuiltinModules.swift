// The modules a program may import: math, time, random, sys (and dis). Any
// other import raises ModuleNotFoundError: student code is sandboxed.

enum BuiltinModules {
    static func make(_ name: String, vm: VM) throws -> PyModule? {
        switch name {
        case "sys": return SysModule.make(vm)
        case "math": return MathModule.make(vm)
        case "time": return TimeModule.make(vm)
        case "random": return RandomModule.make(vm)
        case "dis": return DisModule.make(vm)
        default: return nil
        }
    }
}

enum SysModule {
    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "sys")
        m.dict["getrecursionlimit"] = Bootstrap.function("getrecursionlimit") { vm, _, _ in .int(vm.recursionLimit) }
        m.dict["setrecursionlimit"] = Bootstrap.function("setrecursionlimit") { vm, args, kw in
            try Args.expect(args, kw, name: "setrecursionlimit", min: 1, max: 1)
            guard let n = try vm.indexValue(args[0]) else { throw PyError.typeError("'\(vm.typeOf(args[0]).name)' object cannot be interpreted as an integer") }
            if n < 1 { throw PyError.valueError("recursion limit must be greater or equal than 1") }
            vm.recursionLimit = n
            return .none
        }
        m.dict["maxsize"] = .int(Int.max)
        m.dict["version"] = .str("3.13.0 (scopewalk)")
        m.dict["argv"] = .object(PyList([.str(vm.filename)]))
        m.dict["exit"] = Bootstrap.function("exit") { _, args, _ in throw PyError(PyExceptionObject(cls: BuiltinTypes.SystemExit, args: args)) }
        return m
    }
}
