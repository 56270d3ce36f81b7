// The import system: `import m`, `import a.b`, `from m import x`, `from .
// import y` and `from m import *`, found as `python3 prog.py` finds them.
//
// Where a module comes from, in CPython's order:
//   1. modules CPython builds into its binary (sys, time, builtins...), which a
//      student's file of the same name cannot shadow;
//   2. the program's own folder (sys.path[0]): `helper.py`, `pkg/__init__.py`;
//   3. the standard library: native Swift modules (math, random, dis) and
//      this project's Python modules embedded in the binary (Modules/Lib);
//   4. anything that reaches files, processes or the network is refused with
//      a sandbox message; any other name is CPython's "No module named 'x'".
// Each module runs once, is cached in sys.modules before its body runs (so a
// circular import sees the partially initialised module, as in CPython), and
// is removed again if its body raises.

import Foundation

/// State the import system keeps per run.
struct ModuleState {
    /// Source lines of every file run so far (tracebacks quote them).
    var sourceLines: [String: [String]] = [:]
    /// sys.modules as the program sees it.
    var sysModules: PyDict?
    /// sys.path[0]: the program's folder.
    var programFolder: String = "."
    /// The original sys.stdout and sys.stderr (print() writes to whatever
    /// sys.stdout is now, going straight to the output when it is these).
    var standardStreams: (stdout: PyInstance, stderr: PyInstance)?
    /// The Globals exec/eval keep for each dict they were given.
    var execGlobals: [ObjectIdentifier: (PyDict, Globals)] = [:]
    /// SCOPEWALK_TIME_IMPORTS=1: each import's compile and run times on stderr.
    static let timing = ProcessInfo.processInfo.environment["SCOPEWALK_TIME_IMPORTS"] != nil
}

/// Modules that would open files, processes or the network: refused.
enum Sandbox {
    static let refused: Set<String> = [
        "os", "posix", "nt", "subprocess", "socket", "shutil", "urllib", "http", "ftplib", "smtplib",
        "poplib", "imaplib", "telnetlib", "ssl", "select", "selectors", "ctypes", "multiprocessing", "threading",
        "_thread", "concurrent", "signal", "sqlite3", "tempfile", "glob", "fnmatch", "fileinput",
        "webbrowser", "mmap", "fcntl", "pty", "tty", "termios", "resource", "pwd", "grp", "importlib", "zipfile",
        "tarfile", "gzip", "bz2", "lzma", "zipimport", "pickle", "shelve", "dbm", "marshal", "code", "codeop",
        "pdb", "bdb", "trace", "tracemalloc", "faulthandler", "platform", "sysconfig", "site", "runpy",
        "pkgutil", "email", "xmlrpc", "wsgiref", "socketserver", "logging", "requests", "builtins_io", "_io",
        "urllib.request", "urllib.response", "urllib.error", "urllib.robotparser",
    ]
    static func message(_ name: String) -> String {
        "No module named '\(name)': scopewalk runs student code without file, process or network access"
    }
    /// Modules that draw in a window: a terminal debugger has none, and
    /// "No module named 'turtle'" alone would tell a student it does not exist.
    static let graphical: Set<String> = ["turtle", "tkinter", "_tkinter", "turtledemo", "idlelib"]
    static func graphicalMessage(_ name: String) -> String {
        "No module named '\(name)': scopewalk runs in a terminal and has no graphics window"
    }
}

/// Modules CPython compiles into its own binary: found before sys.path.
private let cpythonBuiltinModules: Set<String> = ["sys", "builtins", "time", "itertools"]

extension VM {
    /// IMPORT_NAME: the module `import` binds (the top package for a plain
    /// `import a.b`, the module itself for `from a.b import x`).
    func importName(_ name: String, flags: Int, in frame: Frame) throws -> Value {
        let level = flags >> ImportArg.levelShift
        let fromList = flags & ImportArg.fromList != 0
        let absolute = level > 0 ? try resolveRelative(name, level: level, globals: frame.globals) : name
        if absolute.isEmpty { throw PyError.valueError("Empty module name") }
        let leaf = try importDotted(absolute)
        if fromList { return .object(leaf) }
        let top = String(absolute.prefix { $0 != "." })
        return .object(modules[top] ?? leaf)
    }

    /// `from . import x` in package `a.b`: the package the dots name.
    private func resolveRelative(_ name: String, level: Int, globals: Globals) throws -> String {
        var package: String
        if case .object(let o)? = globals["__package__"], o.kind == .str {
            package = unsafeDowncast(o, to: PyStr.self).value
        } else {
            package = ""
        }
        if package.isEmpty {
            throw PyError(BuiltinTypes.ImportError, "attempted relative import with no known parent package")
        }
        var parts = package.split(separator: ".").map(String.init)
        if level - 1 > parts.count - 1 && level > 1 {
            throw PyError(BuiltinTypes.ImportError, "attempted relative import beyond top-level package")
        }
        parts.removeLast(level - 1)
        let base = parts.joined(separator: ".")
        return name.isEmpty ? base : base + "." + name
    }

    /// Imports every prefix of `a.b.c` and returns `a.b.c`.
    func importDotted(_ dotted: String) throws -> PyModule {
        if let m = modules[dotted] { return m }
        let parts = dotted.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var parent: PyModule? = nil
        var prefix = ""
        for part in parts {
            prefix = prefix.isEmpty ? part : prefix + "." + part
            if let m = modules[prefix] { parent = m; continue }
            let m = try loadModule(prefix, leafName: part, parent: parent)
            parent?.setAttribute(part, .object(m))
            parent = m
        }
        return parent!
    }

    /// Finds and runs one module (its parent package already imported).
    private func loadModule(_ name: String, leafName: String, parent: PyModule?) throws -> PyModule {
        if let p = parent {
            guard let path = p.attribute("__path__") else {
                throw moduleNotFound("No module named '\(name)'; '\(p.name)' is not a package", name)
            }
            if p.file.map({ !$0.hasPrefix("<") }) ?? false, let dir = firstString(path) {
                if let found = studentSource(in: dir, leafName) {
                    return try runSourceModule(name, source: found.source, file: found.file, packageDir: found.packageDir, library: false)
                }
            } else if let lib = EmbeddedLibrary.source(of: name) {
                return try runSourceModule(name, source: lib.source, file: lib.file, packageDir: lib.isPackage ? lib.file : nil, library: true)
            } else if Sandbox.refused.contains(name) {
                // urllib.parse is here, urllib.request (the network) is not
                throw moduleNotFound(Sandbox.message(name), name)
            }
            throw moduleNotFound("No module named '\(name)'", name)
        }
        if !cpythonBuiltinModules.contains(name), let found = studentSource(in: moduleState.programFolder, name) {
            return try runSourceModule(name, source: found.source, file: found.file, packageDir: found.packageDir, library: false)
        }
        if name == "builtins" { return builtinsModule }
        if let m = try BuiltinModules.make(name, vm: self) {
            registerModule(name, m)
            return m
        }
        if let lib = EmbeddedLibrary.source(of: name) {
            return try runSourceModule(name, source: lib.source, file: lib.file, packageDir: lib.isPackage ? lib.file : nil, library: true)
        }
        if Sandbox.refused.contains(name) { throw moduleNotFound(Sandbox.message(name), name) }
        if Sandbox.graphical.contains(name) { throw moduleNotFound(Sandbox.graphicalMessage(name), name) }
        throw moduleNotFound("No module named '\(name)'", name)
    }

    private func moduleNotFound(_ message: String, _ name: String) -> PyError {
        let e = PyError(BuiltinTypes.ModuleNotFoundError, message)
        e.exception.dict["name"] = .str(name)
        return e
    }

    private func firstString(_ v: Value) -> String? {
        guard let items = try? iterate(v), case .object(let o)? = items.first, o.kind == .str else { return nil }
        return unsafeDowncast(o, to: PyStr.self).value
    }

    /// `name.py` or `name/__init__.py` in `folder`.
    private func studentSource(in folder: String, _ name: String) -> (source: String, file: String, packageDir: String?)? {
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else { return nil }
        let fm = FileManager.default
        var isDir: ObjCBool = false
        let pkg = folder + "/" + name
        if fm.fileExists(atPath: pkg, isDirectory: &isDir), isDir.boolValue {
            let initFile = pkg + "/__init__.py"
            if let s = try? String(contentsOfFile: initFile, encoding: .utf8) { return (s, initFile, pkg) }
        }
        let file = folder + "/" + name + ".py"
        if let s = try? String(contentsOfFile: file, encoding: .utf8) { return (s, file, nil) }
        return nil
    }

    /// Compiles and runs a module body in its own globals.
    /// A module's globals before its body runs, as CPython's import sets them.
    /// The library's bytecode is compiled against these (LibraryBytecode).
    func moduleGlobals(_ name: String, file: String, packageDir: String?, library: Bool) -> Globals {
        let g = Globals(builtins: builtins)
        builtinsOverlay.attach(g)
        g["__name__"] = .str(name)
        g["__doc__"] = Value.none
        g["__file__"] = .str(file)
        if let dir = packageDir {
            g["__package__"] = .str(name)
            g["__path__"] = .object(PyList([.str(library ? name : dir)]))
        } else {
            g["__package__"] = .str(String(name.split(separator: ".").dropLast().joined(separator: ".")))
        }
        return g
    }

    private func runSourceModule(_ name: String, source: String, file: String, packageDir: String?, library: Bool) throws -> PyModule {
        let g = moduleGlobals(name, file: file, packageDir: packageDir, library: library)
        let module = PyModule(name: name, globals: g, file: file)
        let code: CodeObject
        let started = ModuleState.timing ? DispatchTime.now().uptimeNanoseconds : 0
        if library, let loaded = LibraryBytecode.load(name, source: source, globals: g) {
            code = loaded
        } else {
            do {
                code = try VM.compileProgram(source: source, filename: file, globals: g, warn: { [weak self] in self?.writeStderr($0) })
            } catch let e as SyntaxErrorInfo {
                throw syntaxErrorValue(e)
            }
        }
        let compiled = ModuleState.timing ? DispatchTime.now().uptimeNanoseconds : 0
        defer {
            if ModuleState.timing {
                let done = DispatchTime.now().uptimeNanoseconds
                io.writeStderr("import \(name): compile \((compiled - started) / 1000) us, run \((done - compiled) / 1000) us (incl. nested imports)\n")
            }
        }
        if library { code.markLibrary() }
        moduleState.sourceLines[file] = VM.lines(of: source)
        module.initializing = true
        registerModule(name, module)
        let caller = currentFrame
        let frame = Frame(code: code, function: nil, globals: g, back: caller, depth: (caller?.depth ?? -1) + 1)
        setUpCells(frame, nil)
        do {
            _ = try runFrame(frame)
            frame.isFinished = true
            frame.back = nil
        } catch {
            frame.back = nil
            unregisterModule(name)
            throw error
        }
        module.initializing = false
        if library, let names = g["__builtin_functions__"] {
            for n in try iterate(names) {
                if case .object(let fo)? = g[try str(n)], let fn = fo as? PyFunction { fn.showsAsBuiltin = true }
            }
        }
        return module
    }

    func registerModule(_ name: String, _ m: PyModule) {
        modules[name] = m
        try? sysModulesDict.set(.str(name), .object(m), vm: self)
    }

    func unregisterModule(_ name: String) {
        modules[name] = nil
        _ = try? sysModulesDict.remove(.str(name), vm: self)
    }

    /// sys.modules, made on first use with `__main__` and `builtins` in it.
    var sysModulesDict: PyDict {
        if let d = moduleState.sysModules { return d }
        let d = PyDict()
        moduleState.sysModules = d
        registerModule("builtins", builtinsModule)
        registerModule("__main__", mainModule)
        for (k, m) in modules { try? d.set(.str(k), .object(m), vm: self) }
        return d
    }

    /// The program's own module (`sys.modules['__main__']`).
    var mainModule: PyModule {
        if let m = modules["__main__"] { return m }
        let m = PyModule(name: "__main__", globals: globals, file: filename)
        modules["__main__"] = m
        return m
    }

    /// IMPORT_FROM: `from m import name`, which may be a submodule.
    func importFrom(_ name: String, _ module: Value) throws -> Value {
        guard case .object(let o) = module, o.kind == .module else { return try getAttribute(module, name) }
        let m = unsafeDowncast(o, to: PyModule.self)
        if let v = m.attribute(name) { return v }
        if m.attribute("__path__") != nil {
            // A submodule not imported yet: `from pkg import sub`.
            do {
                return .object(try importDotted(m.name + "." + name))
            } catch let e as PyError where e.exception.cls === BuiltinTypes.ModuleNotFoundError {
                // `from urllib import request`: the sandbox's reason, not "cannot import name"
                if Sandbox.refused.contains(m.name + "." + name) { throw e }
            }
        }
        if let ga = m.attribute("__getattr__") {
            // PEP 562: the module's __getattr__ answers; its AttributeError becomes the ImportError below
            do { return try call(ga, [.str(name)]) } catch let e as PyError where e.exception.cls.isSubtype(of: BuiltinTypes.AttributeError) {}
        }
        let location = m.file.map { $0.hasPrefix("<") ? "unknown location" : $0 } ?? "unknown location"
        let message: String
        if m.initializing {
            message = "cannot import name '\(name)' from partially initialized module '\(m.name)' (most likely due to a circular import) (\(location))"
        } else {
            message = "cannot import name '\(name)' from '\(m.name)' (\(location))"
        }
        let e = PyError(BuiltinTypes.ImportError, message)
        e.exception.missingName = name
        e.exception.importModule = m.name
        throw e
    }

    /// IMPORT_STAR: binds the module's public names (or its `__all__`).
    func importStar(_ module: Value, into frame: Frame) throws {
        guard case .object(let o) = module, let m = o as? PyModule else { return }
        var pairs: [(String, Value)] = []
        if let all = m.attribute("__all__") {
            for n in try iterate(all) {
                let name = try str(n)
                guard let v = m.attribute(name) else {
                    throw PyError.attributeError("module '\(m.name)' has no attribute '\(name)'")
                }
                pairs.append((name, v))
            }
        } else {
            pairs = m.items.filter { !$0.0.hasPrefix("_") }
        }
        for (k, v) in pairs {
            if let ns = frame.classNamespace { try ns.set(.str(k), v, vm: self) } else { frame.globals.store(v, slot: frame.globals.slot(for: k)) }
        }
    }

    /// sys.path[0], where `import helper` looks: the program's folder unless
    /// set otherwise before the run (tests run programs by bare name).
    public var programFolder: String {
        get { moduleState.programFolder }
        set { moduleState.programFolder = newValue }
    }

    /// The folder `python3 file` puts first on sys.path.
    static func folder(of file: String) -> String {
        let absolute = file.hasPrefix("/") ? file : FileManager.default.currentDirectoryPath + "/" + file
        let url = URL(fileURLWithPath: absolute).standardizedFileURL
        return url.deletingLastPathComponent().path
    }

    /// The lines of `file` as last run (tracebacks, the source pane).
    public func sourceLines(of file: String) -> [String]? {
        if file == filename { return sourceLines }
        if let lines = moduleState.sourceLines[file] { return lines }
        // co_filename and tracebacks name files by absolute path.
        guard file.hasPrefix("/") else { return nil }
        if VM.displayPath(filename) == file { return sourceLines }
        return moduleState.sourceLines.first { VM.displayPath($0.key) == file }?.value
    }
}
