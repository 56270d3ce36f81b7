// "Did you mean" hints on the last line of a traceback, as CPython 3.13's
// traceback.TracebackException adds them (Lib/traceback.py
// `_compute_suggestion_error`, with the edit distance of Python/suggestions.c).
// They are not part of str(exc): only the printed traceback shows them.

extension VM {
    /// NameError for an unbound global/builtin name (CPython sets `name`).
    func nameNotDefined(_ name: String) -> PyError {
        let e = PyError(BuiltinTypes.NameError, "name '\(name)' is not defined")
        e.exception.missingName = name
        return e
    }

    /// `from M import x` when M has no x.
    func cannotImport(_ name: String, from module: String) -> PyError {
        let e = PyError(BuiltinTypes.ImportError, "cannot import name '\(name)' from '\(module)' (unknown location)")
        e.exception.missingName = name
        e.exception.importModule = module
        return e
    }

    /// What the traceback adds after the exception's message: "" or
    /// ". Did you mean: 'x'?", ". Did you forget to import 'm'?", ...
    func suggestionSuffix(_ exc: PyExceptionObject) -> String {
        guard let wrong = exc.missingName else { return "" }
        if exc.cls.isSubtype(of: BuiltinTypes.ImportError) {
            guard exc.importModule != nil else { return "" }
            return computeSuggestion(exc, wrong).map { ". Did you mean: '\($0)'?" } ?? ""
        }
        let isName = exc.cls.isSubtype(of: BuiltinTypes.NameError)
        guard isName || exc.cls.isSubtype(of: BuiltinTypes.AttributeError) else { return "" }
        let suggestion = computeSuggestion(exc, wrong)
        var out = suggestion.map { ". Did you mean: '\($0)'?" } ?? ""
        if isName && VM.stdlibModuleNames.contains(wrong) {
            out += suggestion == nil ? ". Did you forget to import '\(wrong)'?" : " Or did you forget to import '\(wrong)'?"
        }
        return out
    }

    private func computeSuggestion(_ exc: PyExceptionObject, _ wrong: String) -> String? {
        // The innermost frame of the traceback (records are innermost first).
        let frame = exc.traceback.first?.frame
        var candidates: [String]
        if exc.importModule != nil {
            guard let m = exc.importModule, let mod = modules[m], let d = try? dirNames(.object(mod)) else { return nil }
            candidates = d
            if !wrong.hasPrefix("_") { candidates = candidates.filter { !$0.hasPrefix("_") } }
        } else if exc.cls.isSubtype(of: BuiltinTypes.AttributeError) {
            guard let obj = exc.missingFrom else { return nil }
            guard let d = try? dirNames(obj) else { return nil }
            candidates = d
            var hide = !wrong.hasPrefix("_")
            if hide, let f = frame, let s = frameLocalNames(f).first(where: { $0.0 == "self" }), s.1.isIdentical(to: obj) {
                hide = false
            }
            if hide { candidates = candidates.filter { !$0.hasPrefix("_") } }
        } else {
            guard let f = frame else { return nil }
            let locals = frameLocalNames(f)
            candidates = locals.map { $0.0 } + moduleGlobalNames() + VM.cpythonBuiltinNames
            // In a method: is it an attribute of self?
            if let s = locals.first(where: { $0.0 == "self" }) {
                let saved = hookActive
                hookActive = false
                defer { hookActive = saved }
                if (try? getAttribute(s.1, wrong)) != nil { return "self.\(wrong)" }
            }
        }
        return VM.closestName(wrong, candidates)
    }

    /// f_locals of a frame, in CPython's order (the module's are its globals).
    private func frameLocalNames(_ frame: Frame) -> [(String, Value)] {
        if frame.code.kind == .module {
            return moduleGlobalNames().compactMap { n in globals[n].map { (n, $0) } }
        }
        if let ns = frame.classNamespace {
            return ns.pairs.map { (strValue($0.key), $0.value) }
        }
        return frame.boundLocals()
    }

    /// The module's globals as `python3 prog.py` has them.
    private func moduleGlobalNames() -> [String] {
        let standard = ["__name__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__", "__builtins__", "__file__", "__cached__"]
        return standard + globals.boundItems.map { $0.0 }.filter { !standard.contains($0) }
    }

    /// dir(obj) as a list of names.
    func dirNames(_ obj: Value) throws -> [String] {
        guard let d = builtins["dir"] else { return [] }
        let saved = hookActive
        hookActive = false
        defer { hookActive = saved }
        return try iterate(try call(d, [obj])).map { strValue($0) }
    }

    // MARK: Python/suggestions.c

    static let maxCandidateItems = 750
    static let maxStringSize = 40
    static let moveCost = 2
    static let caseCost = 1

    /// The candidate nearest to `name`: at most a third of the characters
    /// changed, the first one wins a tie.
    static func closestName(_ name: String, _ candidates: [String]) -> String? {
        if candidates.count >= maxCandidateItems { return nil }
        let a = Array(name.utf8)
        var best = Int.max
        var suggestion: String? = nil
        for item in candidates where item != name {
            let b = Array(item.utf8)
            var maxDistance = (a.count + b.count + 3) * moveCost / 6
            maxDistance = min(maxDistance, best - 1)
            let d = levenshtein(a, b, maxDistance)
            if d > maxDistance { continue }
            if suggestion == nil || d < best {
                suggestion = item
                best = d
            }
        }
        return suggestion
    }

    private static func substitutionCost(_ x: UInt8, _ y: UInt8) -> Int {
        if x & 31 != y & 31 { return moveCost }
        if x == y { return 0 }
        var a = x, b = y
        if a >= 65 && a <= 90 { a += 32 }
        if b >= 65 && b <= 90 { b += 32 }
        return a == b ? caseCost : moveCost
    }

    static func levenshtein(_ a0: [UInt8], _ b0: [UInt8], _ maxCost: Int) -> Int {
        if a0 == b0 { return 0 }
        var lo = 0
        var aEnd = a0.count, bEnd = b0.count
        while lo < aEnd && lo < bEnd && a0[lo] == b0[lo] { lo += 1 }
        while aEnd > lo && bEnd > lo && a0[aEnd - 1] == b0[bEnd - 1] { aEnd -= 1; bEnd -= 1 }
        var a = Array(a0[lo..<aEnd]), b = Array(b0[lo..<bEnd])
        if a.isEmpty || b.isEmpty { return (a.count + b.count) * moveCost }
        if a.count > maxStringSize || b.count > maxStringSize { return maxCost + 1 }
        if b.count < a.count { swap(&a, &b) }
        if (b.count - a.count) * moveCost > maxCost { return maxCost + 1 }
        var row = (0..<a.count).map { ($0 + 1) * moveCost }
        var result = 0
        for bIndex in 0..<b.count {
            let code = b[bIndex]
            var distance = bIndex * moveCost
            result = distance
            var minimum = Int.max
            for index in 0..<a.count {
                let substitute = distance + substitutionCost(code, a[index])
                distance = row[index]
                let insertDelete = min(result, distance) + moveCost
                result = min(insertDelete, substitute)
                row[index] = result
                if result < minimum { minimum = result }
            }
            if minimum > maxCost { return maxCost + 1 }
        }
        return result
    }

    /// builtins.__dict__ of CPython 3.13, in order.
    static let cpythonBuiltinNames: [String] = [
        "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__", "__import__", "abs", "all", "any",
        "ascii", "bin", "breakpoint", "callable", "chr", "compile", "delattr", "dir", "divmod", "eval", "exec", "format",
        "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "isinstance", "issubclass", "iter", "aiter", "len",
        "locals", "max", "min", "next", "anext", "oct", "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum",
        "vars", "None", "Ellipsis", "NotImplemented", "False", "True", "bool", "memoryview", "bytearray", "bytes",
        "classmethod", "complex", "dict", "enumerate", "filter", "float", "frozenset", "property", "int", "list", "map",
        "object", "range", "reversed", "set", "slice", "staticmethod", "str", "super", "tuple", "type", "zip", "__debug__",
        "BaseException", "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
        "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "LookupError",
        "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError", "StopAsyncIteration", "StopIteration",
        "SyntaxError", "SystemError", "TypeError", "ValueError", "Warning", "FloatingPointError", "OverflowError",
        "ZeroDivisionError", "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
        "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning",
        "BlockingIOError", "ChildProcessError", "ConnectionError", "FileExistsError", "FileNotFoundError",
        "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
        "TimeoutError", "IndentationError", "_IncompleteInputError", "IndexError", "KeyError", "ModuleNotFoundError",
        "NotImplementedError", "PythonFinalizationError", "RecursionError", "UnboundLocalError", "UnicodeError",
        "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "TabError",
        "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError",
        "IOError", "open", "quit", "exit", "copyright", "credits", "license", "help",
    ]

    /// sys.stdlib_module_names of CPython 3.13 ("Did you forget to import").
    static let stdlibModuleNames: Set<String> = [
        "__future__", "_abc", "_aix_support", "_android_support", "_ast", "_asyncio", "_bisect", "_blake2", "_bz2",
        "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw",
        "_collections", "_collections_abc", "_colorize", "_compat_pickle", "_compression", "_contextvars", "_csv",
        "_ctypes", "_curses", "_curses_panel", "_datetime", "_dbm", "_decimal", "_elementtree", "_frozen_importlib",
        "_frozen_importlib_external", "_functools", "_gdbm", "_hashlib", "_heapq", "_imp", "_interpchannels",
        "_interpqueues", "_interpreters", "_io", "_ios_support", "_json", "_locale", "_lsprof", "_lzma", "_markupbase",
        "_md5", "_multibytecodec", "_multiprocessing", "_opcode", "_opcode_metadata", "_operator", "_osx_support",
        "_overlapped", "_pickle", "_posixshmem", "_posixsubprocess", "_py_abc", "_pydatetime", "_pydecimal", "_pyio",
        "_pylong", "_pyrepl", "_queue", "_random", "_scproxy", "_sha1", "_sha2", "_sha3", "_signal", "_sitebuiltins",
        "_socket", "_sqlite3", "_sre", "_ssl", "_stat", "_statistics", "_string", "_strptime", "_struct", "_suggestions",
        "_symtable", "_sysconfig", "_thread", "_threading_local", "_tkinter", "_tokenize", "_tracemalloc", "_typing",
        "_uuid", "_warnings", "_weakref", "_weakrefset", "_winapi", "_wmi", "_zoneinfo", "abc", "antigravity",
        "argparse", "array", "ast", "asyncio", "atexit", "base64", "bdb", "binascii", "bisect", "builtins", "bz2",
        "cProfile", "calendar", "cmath", "cmd", "code", "codecs", "codeop", "collections", "colorsys", "compileall",
        "concurrent", "configparser", "contextlib", "contextvars", "copy", "copyreg", "csv", "ctypes", "curses",
        "dataclasses", "datetime", "dbm", "decimal", "difflib", "dis", "doctest", "email", "encodings", "ensurepip",
        "enum", "errno", "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions", "ftplib", "functools",
        "gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip", "hashlib", "heapq",
        "hmac", "html", "http", "idlelib", "imaplib", "importlib", "inspect", "io", "ipaddress", "itertools", "json",
        "keyword", "linecache", "locale", "logging", "lzma", "mailbox", "marshal", "math", "mimetypes", "mmap",
        "modulefinder", "msvcrt", "multiprocessing", "netrc", "nt", "ntpath", "nturl2path", "numbers", "opcode",
        "operator", "optparse", "os", "pathlib", "pdb", "pickle", "pickletools", "pkgutil", "platform", "plistlib",
        "poplib", "posix", "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc",
        "pydoc_data", "pyexpat", "queue", "quopri", "random", "re", "readline", "reprlib", "resource", "rlcompleter",
        "runpy", "sched", "secrets", "select", "selectors", "shelve", "shlex", "shutil", "signal", "site", "smtplib",
        "socket", "socketserver", "sqlite3", "sre_compile", "sre_constants", "sre_parse", "ssl", "stat", "statistics",
        "string", "stringprep", "struct", "subprocess", "symtable", "sys", "sysconfig", "syslog", "tabnanny", "tarfile",
        "tempfile", "termios", "textwrap", "this", "threading", "time", "timeit", "tkinter", "token", "tokenize",
        "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle", "turtledemo", "types", "typing",
        "unicodedata", "unittest", "urllib", "uuid", "venv", "warnings", "wave", "weakref", "webbrowser", "winreg",
        "winsound", "wsgiref", "xml", "xmlrpc", "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo",
    ]
}
