// Methods of str. The algorithms live in Runtime/Text; this file converts
// arguments with CPython's checks and messages. (str.format is in
// StrFormat.swift, encode/translate/maketrans in StrMethods+Codec.swift.)

enum StrMethods {
    @inline(__always) static func S(_ v: Value) -> PyStr { unsafeDowncast(v.asObject!, to: PyStr.self) }

    /// The str argument `v`, or TypeError "<prefix>, not <type>".
    static func strArg(_ vm: VM, _ v: Value, _ message: String) throws -> PyStr {
        if let s = vm.asPyStr(v) { return s }
        throw PyError.typeError("\(message), not \(vm.typeOf(v).name)")
    }

    static func list(_ strings: [String]) -> Value {
        .object(PyList(strings.map { .str($0) }))
    }

    static func install() {
        let t = BuiltinTypes.str
        installCase(t)
        installSearch(t)
        installSplit(t)
        installShape(t)
        installDunders(t)
        installCodec(t)
        installFormat(t)
    }

    // MARK: Case and predicates

    static func installCase(_ t: PyType) {
        let transforms: [(String, (String) -> String)] = [
            ("upper", pyUpper), ("lower", pyLower), ("casefold", pyCasefold), ("title", pyTitle),
            ("capitalize", pyCapitalize), ("swapcase", pySwapcase),
        ]
        for (name, fn) in transforms {
            Meth.noArgs(t, name) { _, s in .str(fn(S(s).value)) }
        }
        let predicates: [(String, (String) -> Bool)] = [
            ("isdigit", pyIsDigitString), ("isdecimal", pyIsDecimalString), ("isnumeric", pyIsNumericString),
            ("isalpha", pyIsAlphaString), ("isalnum", pyIsAlnumString), ("isspace", pyIsSpaceString),
            ("isupper", pyIsUpperString), ("islower", pyIsLowerString), ("istitle", pyIsTitleString),
            ("isidentifier", pyIsIdentifier), ("isprintable", pyIsPrintableString), ("isascii", pyIsAsciiString),
        ]
        for (name, fn) in predicates {
            Meth.noArgs(t, name) { _, s in .bool(fn(S(s).value)) }
        }
    }

    // MARK: find, index, count, startswith

    static func installSearch(_ t: PyType) {
        func search(_ name: String, _ body: @escaping ([Unicode.Scalar], [Unicode.Scalar], Int?, Int?) throws -> Int) {
            Meth.positional(t, name, min: 1, max: 3) { vm, s, a in
                let sub = try strArg(vm, a[0], "\(name)() argument 1 must be str")
                let start = try vm.sliceArg(a.count > 1 ? a[1] : nil)
                let end = try vm.sliceArg(a.count > 2 ? a[2] : nil)
                return .int(try vm.libCall { try body(S(s).scalars, sub.scalars, start, end) })
            }
        }
        search("find") { pyFind($0, $1, start: $2, end: $3) }
        search("rfind") { pyRFind($0, $1, start: $2, end: $3) }
        search("index") { try pyIndex($0, $1, start: $2, end: $3) }
        search("rindex") { try pyRIndex($0, $1, start: $2, end: $3) }
        search("count") { pyCount($0, $1, start: $2, end: $3) }

        func affix(_ name: String, _ test: @escaping ([Unicode.Scalar], [Unicode.Scalar], Int?, Int?) -> Bool) {
            Meth.positional(t, name, min: 1, max: 3) { vm, s, a in
                let start = try vm.sliceArg(a.count > 1 ? a[1] : nil)
                let end = try vm.sliceArg(a.count > 2 ? a[2] : nil)
                let subject = S(s).scalars
                if let p = vm.asPyStr(a[0]) { return .bool(test(subject, p.scalars, start, end)) }
                if case .object(let o) = a[0], o.kind == .tuple {
                    for item in unsafeDowncast(o, to: PyTuple.self).items {
                        guard let p = vm.asPyStr(item) else {
                            throw PyError.typeError("tuple for \(name) must only contain str, not \(vm.typeOf(item).name)")
                        }
                        if test(subject, p.scalars, start, end) { return .bool(true) }
                    }
                    return .bool(false)
                }
                throw PyError.typeError("\(name) first arg must be str or a tuple of str, not \(vm.typeOf(a[0]).name)")
            }
        }
        affix("startswith") { pyStartsWith($0, $1, start: $2, end: $3) }
        affix("endswith") { pyEndsWith($0, $1, start: $2, end: $3) }
    }

    // MARK: split, join, strip, replace, partition

    static func installSplit(_ t: PyType) {
        func split(_ name: String, _ body: @escaping ([Unicode.Scalar], [Unicode.Scalar]?, Int) throws -> [String]) {
            Meth.keywords(t, name, ["sep", "maxsplit"]) { vm, s, a in
                var sep: [Unicode.Scalar]? = nil
                if let v = a[0], !v.isNone { sep = try strArg(vm, v, "must be str or None").scalars }
                let maxsplit = try a[1].map { try vm.ssizeArg($0) } ?? -1
                return list(try vm.libCall { try body(S(s).scalars, sep, maxsplit) })
            }
        }
        // ASCII text splits on its bytes (StringSplit+ASCII.swift).
        Meth.keywords(t, "split", ["sep", "maxsplit"]) { vm, s, a in
            var sep: PyStr? = nil
            if let v = a[0], !v.isNone { sep = try strArg(vm, v, "must be str or None") }
            let maxsplit = try a[1].map { try vm.ssizeArg($0) } ?? -1
            if let parts = asciiSplit(S(s).value, sep: sep?.value, maxsplit: maxsplit) { return list(parts) }
            return list(try vm.libCall { try pySplit(S(s).scalars, sep: sep?.scalars, maxsplit: maxsplit) })
        }
        split("rsplit") { try pyRSplit($0, sep: $1, maxsplit: $2) }

        Meth.keywords(t, "splitlines", ["keepends"]) { vm, s, a in
            let keep = try a[0].map { try vm.isTruthy($0) } ?? false
            return list(pySplitLines(S(s).scalars, keepends: keep))
        }

        Meth.oneArg(t, "join") { vm, s, iterable in
            let items: [Value]
            if case .object(let o) = iterable, o.kind == .list || o.kind == .tuple {
                items = try vm.iterate(iterable)
            } else {
                // PySequence_Fast: one iterator, the length hint, then drain it.
                let it: Value
                do { it = try vm.getIterator(iterable) } catch let e as PyError where e.exception.cls === BuiltinTypes.TypeError {
                    throw PyError.typeError("can only join an iterable")
                }
                try vm.lengthHint(iterable)
                var out: [Value] = []
                while let x = try vm.nextValue(it) {
                    out.append(x)
                    if out.count & 0xFFF == 0 { try vm.pollNative() }
                }
                items = out
            }
            let sep = S(s).value
            var out = ""
            for (i, item) in items.enumerated() {
                guard let p = vm.asPyStr(item) else {
                    throw PyError.typeError("sequence item \(i): expected str instance, \(vm.typeOf(item).name) found")
                }
                if i > 0 { out += sep }
                out += p.value
                if i & 0xFFF == 0 { try vm.pollNative() }
            }
            return .str(out)
        }

        func strip(_ name: String, _ body: @escaping ([Unicode.Scalar], [Unicode.Scalar]?) -> String) {
            Meth.positional(t, name, min: 0, max: 1) { vm, s, a in
                var chars: [Unicode.Scalar]? = nil
                if let v = a.first, !v.isNone {
                    guard let c = vm.asPyStr(v) else { throw PyError.typeError("\(name) arg must be None or str") }
                    chars = c.scalars
                }
                return .str(body(S(s).scalars, chars))
            }
        }
        strip("strip") { pyStrip($0, chars: $1) }
        strip("lstrip") { pyLStrip($0, chars: $1) }
        strip("rstrip") { pyRStrip($0, chars: $1) }

        Meth.keywords(t, "replace", ["old", "new", "count"], positionalOnly: 2, required: 2) { vm, s, a in
            let old = try strArg(vm, a[0]!, "replace() argument 1 must be str")
            let new = try strArg(vm, a[1]!, "replace() argument 2 must be str")
            let count = try a[2].map { try vm.ssizeArg($0) } ?? -1
            return .str(pyReplace(S(s).scalars, old.scalars, new.scalars, count: count))
        }

        func partition(_ name: String, _ body: @escaping ([Unicode.Scalar], [Unicode.Scalar]) throws -> (String, String, String)) {
            Meth.oneArg(t, name) { vm, s, sepV in
                let sep = try strArg(vm, sepV, "must be str")
                let (a, b, c) = try vm.libCall { try body(S(s).scalars, sep.scalars) }
                return .object(PyTuple([.str(a), .str(b), .str(c)]))
            }
        }
        partition("partition", pyPartition)
        partition("rpartition", pyRPartition)

        Meth.oneArg(t, "removeprefix") { vm, s, p in
            let prefix = try strArg(vm, p, "removeprefix() argument must be str").scalars
            let sc = S(s).scalars
            if !prefix.isEmpty && pyStartsWith(sc, prefix) { return .object(PyStr.fromScalars(sc[prefix.count...])) }
            return s
        }
        Meth.oneArg(t, "removesuffix") { vm, s, p in
            let suffix = try strArg(vm, p, "removesuffix() argument must be str").scalars
            let sc = S(s).scalars
            if !suffix.isEmpty && pyEndsWith(sc, suffix) { return .object(PyStr.fromScalars(sc[..<(sc.count - suffix.count)])) }
            return s
        }
    }

    // MARK: Padding

    static func widthArg(_ vm: VM, _ v: Value) throws -> Int {
        let w = try vm.ssizeArg(v)
        if w > 1 << 30 { throw PyError(BuiltinTypes.MemoryError, "") }
        // The padded string and the temporary it is joined from.
        if w > 0 { try MemoryBudget.check(count: w, size: 2) }
        return w
    }

    static func installShape(_ t: PyType) {
        func pad(_ name: String, _ body: @escaping (String, Int, Unicode.Scalar) -> String) {
            Meth.positional(t, name, min: 1, max: 2) { vm, s, a in
                let width = try widthArg(vm, a[0])
                var fill: Unicode.Scalar = " "
                if a.count > 1 {
                    guard let f = vm.asPyStr(a[1]) else {
                        throw PyError.typeError("The fill character must be a unicode character, not \(vm.typeOf(a[1]).name)")
                    }
                    guard f.scalars.count == 1 else { throw PyError.typeError("The fill character must be exactly one character long") }
                    fill = f.scalars[0]
                }
                let str = S(s)
                if width <= str.length { return s }
                return .str(body(str.value, width, fill))
            }
        }
        pad("ljust") { pyLJust($0, width: $1, fill: $2) }
        pad("rjust") { pyRJust($0, width: $1, fill: $2) }
        pad("center") { pyCenter($0, width: $1, fill: $2) }
        Meth.oneArg(t, "zfill") { vm, s, w in
            let width = try widthArg(vm, w)
            if width <= S(s).length { return s }
            return .str(pyZFill(S(s).value, width: width))
        }
        Meth.keywords(t, "expandtabs", ["tabsize"]) { vm, s, a in
            var size = 8
            if let v = a[0] {
                if case .object(let o) = v, o.kind == .bigInt { throw PyError.overflow("Python int too large to convert to C int") }
                size = try vm.ssizeArg(v)
                if size > Int(Int32.max) || size < Int(Int32.min) { throw PyError.overflow("Python int too large to convert to C int") }
            }
            return .str(pyExpandTabs(S(s).value, tabsize: size))
        }
    }

    // MARK: Dunders

    static func installDunders(_ t: PyType) {
        Meth.slot(t, "__len__", 0) { _, s, _ in .int(S(s).length) }
        Meth.slot(t, "__iter__", 0) { vm, s, _ in try vm.nativeGetIterator(s) }
        Meth.slot(t, "__hash__", 0) { vm, s, _ in .int(try vm.nativeHash(s)) }
        Meth.slot(t, "__str__", 0) { vm, s, _ in vm.baseValue(s) }
        Meth.slot(t, "__repr__", 0) { vm, s, _ in .str(pyStringRepr(vm.strValue(s))) }
        Meth.slot(t, "__contains__", 1) { vm, s, a in .bool(try vm.nativeContains(s, a[0])) }
        Meth.slot(t, "__getitem__", 1) { vm, s, a in try vm.nativeGetItem(s, a[0]) }
        Meth.slot(t, "__add__", 1) { vm, s, a in
            guard vm.asPyStr(a[0]) != nil else {
                throw PyError.typeError("can only concatenate str (not \"\(vm.typeOf(a[0]).name)\") to str")
            }
            return try vm.binaryOperation(s, a[0], .add)
        }
        for name in ["__mul__", "__rmul__"] {
            Meth.slot(t, name, 1) { vm, s, a in try vm.repeatSequence(s, try vm.ssizeArg(a[0])) }
        }
        Meth.slot(t, "__mod__", 1) { vm, s, a in try vm.percentFormat(S(s).value, a[0]) }
        Meth.oneArg(t, "__format__") { vm, s, spec in
            let sp = try strArg(vm, spec, "__format__() argument must be str")
            return try vm.format(s, spec: sp.value)
        }
    }
}
