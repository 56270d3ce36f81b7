// `linecache`: source lines of the program and its modules, from what the VM
// has already read (tracebacks, doctest and inspect quote them). It never
// opens a file: a name the VM has not run gives no lines, as in the sandbox.

enum LinecacheModule {
    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "linecache")
        func lines(_ vm: VM, _ name: Value) throws -> [String] {
            let file = try vm.str(name)
            var all = vm.sourceLines(of: file) ?? vm.sourceLines(of: VM.folder(of: file) + "/" + file.split(separator: "/").last.map(String.init)!) ?? []
            if VM.folder(of: file) + "/" + (file.split(separator: "/").last.map(String.init) ?? "") == VM.folder(of: vm.filename) + "/" + (vm.filename.split(separator: "/").last.map(String.init) ?? "") {
                all = vm.sourceLines
            }
            if all.last == "" { all.removeLast() }
            return all.map { $0 + "\n" }
        }
        m.dict["getline"] = Bootstrap.function("getline") { vm, args, kw in
            try Args.expect(args, kw, name: "getline", min: 2, max: 3)
            let all = try lines(vm, args[0])
            guard case .int(let n) = args[1], n >= 1, n <= all.count else { return .str("") }
            return .str(all[n - 1])
        }
        m.dict["getlines"] = Bootstrap.function("getlines") { vm, args, kw in
            try Args.expect(args, kw, name: "getlines", min: 1, max: 2)
            return .object(PyList(try lines(vm, args[0]).map { .str($0) }))
        }
        m.dict["clearcache"] = Bootstrap.function("clearcache") { _, _, _ in .none }
        m.dict["checkcache"] = Bootstrap.function("checkcache") { _, _, _ in .none }
        m.dict["lazycache"] = Bootstrap.function("lazycache") { _, _, _ in .bool(false) }
        return m
    }
}
