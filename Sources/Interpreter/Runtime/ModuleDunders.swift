// The dunder attributes a module has in CPython 3.13, which depend on how
// CPython provides it: compiled in (sys, itertools, errno...), an extension
// file (math, array...), frozen source (os, io, abc...) or a source file
// (collections, random...). dir(module) lists them, as sorted(__dict__)
// does in CPython, whether scopewalk writes the module in Swift or Python.

extension VM {
    /// sys.builtin_module_names of CPython 3.13 (Linux).
    static let cpythonCompiledInModules: Set<String> = [
        "_abc", "_ast", "_codecs", "_collections", "_functools", "_imp", "_io", "_locale", "_operator",
        "_signal", "_sre", "_stat", "_string", "_suggestions", "_symtable", "_sysconfig", "_thread",
        "_tokenize", "_tracemalloc", "_typing", "_warnings", "_weakref", "atexit", "builtins", "errno",
        "faulthandler", "gc", "itertools", "marshal", "posix", "pwd", "sys", "time",
    ]
    /// Extension modules (lib-dynload) a lesson may import.
    static let cpythonExtensionModules: Set<String> = [
        "_bisect", "_csv", "_datetime", "_decimal", "_heapq", "_json", "_random", "_statistics", "_struct",
        "_contextvars", "_queue", "_pickle", "_md5", "_sha1", "_sha2", "_sha3", "_blake2", "_hashlib",
        "array", "binascii", "cmath", "math", "select", "unicodedata", "zlib", "fcntl", "grp", "mmap",
        "resource", "termios", "syslog", "readline",
    ]
    /// Source modules CPython 3.13 freezes (no __cached__).
    static let cpythonFrozenModules: Set<String> = [
        "abc", "codecs", "io", "_collections_abc", "_sitebuiltins", "genericpath", "ntpath", "posixpath",
        "os", "os.path", "site", "stat", "importlib.util", "importlib.machinery", "runpy", "zipimport",
    ]
    /// scopewalk's own helpers in library module globals, not CPython's.
    static let internalModuleNames: Set<String> = ["__builtin_functions__", "__iterators_are_python__"]

    /// True when CPython's module `name` comes from Python source.
    func isSourceModuleInCPython(_ m: PyModule) -> Bool {
        if m.madeByProgram { return false }
        if VM.cpythonCompiledInModules.contains(m.name) || VM.cpythonExtensionModules.contains(m.name) { return false }
        return m.globals != nil || modules[m.name] === m
    }

    /// The names dir(module) lists.
    func moduleDirNames(_ m: PyModule) -> [String] {
        var names = Set(m.items.map { $0.0 })
        names.subtract(VM.internalModuleNames)
        if m.name == "sys", m.globals == nil { names.remove("__getattr__") }
        if !m.madeByProgram || m.globals == nil {
            names.formUnion(["__doc__", "__loader__", "__name__", "__package__", "__spec__"])
        }
        if VM.cpythonCompiledInModules.contains(m.name) {
            names.subtract(["__file__", "__builtins__", "__cached__"])
        } else if VM.cpythonExtensionModules.contains(m.name) {
            names.subtract(["__builtins__", "__cached__"])
        } else if isSourceModuleInCPython(m) {
            names.formUnion(["__builtins__", "__file__"])
            if !VM.cpythonFrozenModules.contains(m.name) { names.insert("__cached__") }
        }
        if m.attribute("__file__") == nil, (try? moduleDunderFallback(m, "__file__")) ?? nil == nil { names.remove("__file__") } else if !VM.cpythonCompiledInModules.contains(m.name) { names.insert("__file__") }
        return names.sorted()
    }

    /// A module dunder CPython always has, when scopewalk's module lacks it.
    func moduleDunderFallback(_ m: PyModule, _ name: String) throws -> Value? {
        switch name {
        case "__doc__", "__loader__", "__spec__": return Value.none
        case "__package__": return .str(m.globals == nil ? "" : String(m.name.split(separator: ".").dropLast().joined(separator: ".")))
        case "__builtins__" where isSourceModuleInCPython(m):
            return try getAttribute(.object(builtinsModule), "__dict__")
        case "__file__" where m.globals == nil && !m.madeByProgram && modules[m.name] === m && !VM.cpythonCompiledInModules.contains(m.name):
            // As the library modules written in Python name theirs.
            return .str("<frozen \(m.name)>")
        case "__cached__" where isSourceModuleInCPython(m) && !VM.cpythonFrozenModules.contains(m.name): return Value.none
        default: return nil
        }
    }
}
