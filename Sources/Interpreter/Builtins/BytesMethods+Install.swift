// The method tables of bytes and bytearray: what both share (decode, find,
// split, strip, case, predicates, operators) and bytearray's mutators.

extension BytesMethods {
    static func install() {
        installShared(BuiltinTypes.bytes)
        installShared(BuiltinTypes.bytearray)
        installMutable(BuiltinTypes.bytearray)
        BuiltinTypes.bytes.constructor = { vm, _, args, kw in try construct(vm, args, kw, mutable: false) }
        BuiltinTypes.bytearray.constructor = { vm, _, args, kw in try construct(vm, args, kw, mutable: true) }
        BuiltinTypes.bytearray.dict["__hash__"] = Value.none
    }

    static func installShared(_ t: PyType) {
        let name = t.name
        Meth.keywords(t, "decode", ["encoding", "errors"]) { vm, s, a in
            var encoding = "utf-8", errors = "strict"
            if let v = a[0] {
                guard let e = vm.asPyStr(v) else { throw PyError.typeError("decode() argument 'encoding' must be str, not \(vm.typeOf(v).name)") }
                encoding = e.value
            }
            if let v = a[1] {
                guard let e = vm.asPyStr(v) else { throw PyError.typeError("decode() argument 'errors' must be str, not \(vm.typeOf(v).name)") }
                errors = e.value
            }
            return .str(try decode(B(s).bytes, encoding: encoding, errors: errors))
        }
        for (meth, rev) in [("find", false), ("rfind", true), ("index", false), ("rindex", true)] {
            Meth.positional(t, meth, min: 1, max: 3) { vm, s, a in
                let b = B(s).bytes
                let nd = try needle(vm, a[0])
                let start = try vm.sliceArg(a.count > 1 ? a[1] : nil) ?? 0
                let end = try vm.sliceArg(a.count > 2 ? a[2] : nil) ?? Int.max
                let r = find(b, nd, start, end, reverse: rev)
                if r < 0 && meth.hasSuffix("index") { throw PyError.valueError("subsection not found") }
                return .int(r)
            }
        }
        Meth.positional(t, "count", min: 1, max: 3) { vm, s, a in
            let nd = try needle(vm, a[0])
            let start = try vm.sliceArg(a.count > 1 ? a[1] : nil) ?? 0
            let end = try vm.sliceArg(a.count > 2 ? a[2] : nil) ?? Int.max
            return .int(count(B(s).bytes, nd, start, end))
        }
        for (meth, atEnd) in [("startswith", false), ("endswith", true)] {
            Meth.positional(t, meth, min: 1, max: 3) { vm, s, a in
                let b = B(s).bytes
                let n = b.count
                var lo = try vm.sliceArg(a.count > 1 ? a[1] : nil) ?? 0
                var hi = try vm.sliceArg(a.count > 2 ? a[2] : nil) ?? Int.max
                if lo < 0 { lo += n; if lo < 0 { lo = 0 } }
                if hi > n { hi = n } else if hi < 0 { hi += n; if hi < 0 { hi = 0 } }
                var candidates: [[UInt8]] = []
                if case .object(let o) = a[0], let tup = o as? PyTuple {
                    for x in tup.items {
                        guard let xb = bytesLike(x) else {
                            throw PyError.typeError("a bytes-like object is required, not '\(vm.typeOf(x).name)'")
                        }
                        candidates.append(xb)
                    }
                } else if let xb = bytesLike(a[0]) {
                    candidates = [xb]
                } else {
                    throw PyError.typeError("\(meth) first arg must be bytes or a tuple of bytes, not \(vm.typeOf(a[0]).name)")
                }
                if lo > n { return .bool(false) }
                for c in candidates where hi - lo >= c.count {
                    let ok = atEnd ? b[(hi - c.count)..<hi].elementsEqual(c) : b[lo..<(lo + c.count)].elementsEqual(c)
                    if ok { return .bool(true) }
                }
                return .bool(false)
            }
        }
        for (meth, right) in [("split", false), ("rsplit", true)] {
            Meth.keywords(t, meth, ["sep", "maxsplit"]) { vm, s, a in
                var sep: [UInt8]? = nil
                if let v = a[0], !v.isNone { sep = try needBytes(vm, v) }
                let maxsplit = try a[1].map { try vm.ssizeArg($0) } ?? -1
                let parts = right ? try rsplit(B(s).bytes, sep, maxsplit) : try split(B(s).bytes, sep, maxsplit)
                return .object(PyList(parts.map { make($0, like: s) }))
            }
        }
        Meth.keywords(t, "splitlines", ["keepends"]) { vm, s, a in
            let keep = try a[0].map { try vm.isTruthy($0) } ?? false
            let b = B(s).bytes
            var out: [Value] = []
            var i = 0, startLine = 0
            while i < b.count {
                if b[i] == 0x0A || b[i] == 0x0D {
                    var end = i + 1
                    if b[i] == 0x0D && i + 1 < b.count && b[i + 1] == 0x0A { end += 1 }
                    out.append(make(Array(b[startLine..<(keep ? end : i)]), like: s))
                    i = end
                    startLine = end
                } else { i += 1 }
            }
            if startLine < b.count { out.append(make(Array(b[startLine...]), like: s)) }
            return .object(PyList(out))
        }
        Meth.oneArg(t, "join") { vm, s, iterable in
            let sep = B(s).bytes
            var out: [UInt8] = []
            for (i, x) in try vm.iterateSized(iterable).enumerated() {
                guard let xb = bytesLike(x) else {
                    throw PyError.typeError("sequence item \(i): expected a bytes-like object, \(vm.typeOf(x).name) found")
                }
                if i > 0 { out += sep }
                out += xb
                try MemoryBudget.check(count: out.count, size: 1)
            }
            return make(out, like: s)
        }
        for (meth, l, r) in [("strip", true, true), ("lstrip", true, false), ("rstrip", false, true)] {
            Meth.positional(t, meth, min: 0, max: 1) { vm, s, a in
                var chars: [UInt8]? = nil
                if let v = a.first, !v.isNone { chars = try needBytes(vm, v) }
                return make(strip(B(s).bytes, chars, left: l, right: r), like: s)
            }
        }
        Meth.positional(t, "replace", min: 2, max: 3) { vm, s, a in
            let old = try needBytes(vm, a[0]), new = try needBytes(vm, a[1])
            let n = a.count > 2 ? try vm.ssizeArg(a[2]) : -1
            let b = B(s).bytes
            if !old.isEmpty || new.isEmpty {
                // Bound the result before building it.
                let hits = old.isEmpty ? 0 : count(b, old, 0, Int.max)
                let (grow, o1) = (new.count - old.count).multipliedReportingOverflow(by: hits)
                if o1 || b.count + grow > MemoryBudget.limitBytes { throw MemoryBudget.error }
            } else {
                try MemoryBudget.check(count: b.count + 1, size: new.count + 1)
            }
            return make(try replace(b, old, new, n), like: s)
        }
        Meth.oneArg(t, "removeprefix") { vm, s, p in
            let b = B(s).bytes, pre = try needBytes(vm, p)
            return make(b.starts(with: pre) ? Array(b[pre.count...]) : b, like: s)
        }
        Meth.oneArg(t, "removesuffix") { vm, s, p in
            let b = B(s).bytes, suf = try needBytes(vm, p)
            return make(!suf.isEmpty && b.count >= suf.count && b[(b.count - suf.count)...].elementsEqual(suf) ? Array(b[..<(b.count - suf.count)]) : b, like: s)
        }
        for (meth, rev) in [("partition", false), ("rpartition", true)] {
            Meth.oneArg(t, meth) { vm, s, sepV in
                let b = B(s).bytes, sep = try needBytes(vm, sepV)
                if sep.isEmpty { throw PyError.valueError("empty separator") }
                let i = find(b, sep, 0, Int.max, reverse: rev)
                if i < 0 {
                    let empty = make([], like: s)
                    return .object(PyTuple(rev ? [empty, make([], like: s), make(b, like: s)] : [make(b, like: s), empty, make([], like: s)]))
                }
                return .object(PyTuple([make(Array(b[..<i]), like: s), make(sep, like: s), make(Array(b[(i + sep.count)...]), like: s)]))
            }
        }
        // translate(table, /, delete=b''): table is None or 256 bytes.
        Meth.keywords(t, "translate", ["table", "delete"], positionalOnly: 1, required: 1) { vm, s, a in
            var table: [UInt8]? = nil
            if let v = a[0], !v.isNone {
                let tb = try needBytes(vm, v)
                if tb.count != 256 { throw PyError.valueError("translation table must be 256 characters long") }
                table = tb
            }
            var deleted = [Bool](repeating: false, count: 256)
            if let v = a[1] { for c in try needBytes(vm, v) { deleted[Int(c)] = true } }
            var out: [UInt8] = []
            for c in B(s).bytes where !deleted[Int(c)] { out.append(table?[Int(c)] ?? c) }
            return make(out, like: s)
        }
        // A static method in CPython; bound to the class here, which reprs the same.
        Meth.classMethod(t, "maketrans") { vm, _, args, kw in
            if !kw.isEmpty { throw PyError.typeError("\(name).maketrans() takes no keyword arguments") }
            try Meth.arity("maketrans", args.count, min: 2, max: 2)
            let from = try needBytes(vm, args[0]), to = try needBytes(vm, args[1])
            if from.count != to.count { throw PyError.valueError("maketrans arguments must have same length") }
            var table = (0...255).map { UInt8($0) }
            for (f, t) in zip(from, to) { table[Int(f)] = t }
            return .object(PyBytes(table, mutable: false))
        }
        Meth.noArgs(t, "upper") { _, s in make(B(s).bytes.map(upper), like: s) }
        Meth.noArgs(t, "lower") { _, s in make(B(s).bytes.map(lower), like: s) }
        Meth.noArgs(t, "swapcase") { _, s in make(B(s).bytes.map { isUpper($0) ? lower($0) : upper($0) }, like: s) }
        Meth.noArgs(t, "capitalize") { _, s in
            let b = B(s).bytes
            return make(b.enumerated().map { $0.offset == 0 ? upper($0.element) : lower($0.element) }, like: s)
        }
        Meth.noArgs(t, "title") { _, s in
            var prevCased = false
            return make(B(s).bytes.map { c in
                let r = prevCased ? lower(c) : upper(c)
                prevCased = isAlpha(c)
                return r
            }, like: s)
        }
        let preds: [(String, (UInt8) -> Bool)] = [
            ("isdigit", isDigit), ("isalpha", isAlpha), ("isalnum", { isAlpha($0) || isDigit($0) }),
            ("isspace", { whitespace.contains($0) }),
        ]
        for (meth, p) in preds {
            Meth.noArgs(t, meth) { _, s in
                let b = B(s).bytes
                return .bool(!b.isEmpty && b.allSatisfy(p))
            }
        }
        Meth.noArgs(t, "isascii") { _, s in .bool(B(s).bytes.allSatisfy { $0 < 0x80 }) }
        Meth.noArgs(t, "isupper") { _, s in
            let b = B(s).bytes
            return .bool(b.contains(where: isUpper) && !b.contains(where: isLower))
        }
        Meth.noArgs(t, "islower") { _, s in
            let b = B(s).bytes
            return .bool(b.contains(where: isLower) && !b.contains(where: isUpper))
        }
        Meth.noArgs(t, "istitle") { _, s in
            // uppercase only after an uncased byte, lowercase only after a cased one
            var cased = false, previousCased = false
            for c in B(s).bytes {
                if isUpper(c) {
                    if previousCased { return .bool(false) }
                    previousCased = true
                    cased = true
                } else if isLower(c) {
                    if !previousCased { return .bool(false) }
                    previousCased = true
                    cased = true
                } else {
                    previousCased = false
                }
            }
            return .bool(cased)
        }
        Meth.keywords(t, "expandtabs", ["tabsize"]) { vm, s, a in
            let size = try a[0].map { try vm.ssizeArg($0) } ?? 8
            var out: [UInt8] = []
            var column = 0
            for c in B(s).bytes {
                if c == 0x09 {
                    if size > 0 {
                        let n = size - column % size
                        try MemoryBudget.check(count: out.count + n, size: 1)
                        out += [UInt8](repeating: 0x20, count: n)
                        column += n
                    }
                } else {
                    out.append(c)
                    column = (c == 0x0A || c == 0x0D) ? 0 : column + 1
                }
            }
            return make(out, like: s)
        }
        for (meth, align) in [("center", 0), ("ljust", -1), ("rjust", 1)] {
            Meth.positional(t, meth, min: 1, max: 2) { vm, s, a in
                let b = B(s).bytes
                let width = try vm.ssizeArg(a[0])
                var fill: UInt8 = 0x20
                if a.count > 1 {
                    guard let f = bytesLike(a[1]), f.count == 1 else {
                        throw PyError.typeError("\(meth)() argument 2 must be a byte string of length 1, not \(vm.typeOf(a[1]).name)")
                    }
                    fill = f[0]
                }
                if width <= b.count { return make(b, like: s) }
                try MemoryBudget.check(count: width, size: 1)
                let pad = width - b.count
                let left = align == 0 ? pad / 2 + (pad & width & 1) : (align > 0 ? pad : 0)
                return make([UInt8](repeating: fill, count: left) + b + [UInt8](repeating: fill, count: pad - left), like: s)
            }
        }
        Meth.oneArg(t, "zfill") { vm, s, w in
            let b = B(s).bytes
            let width = try vm.ssizeArg(w)
            if width <= b.count { return make(b, like: s) }
            try MemoryBudget.check(count: width, size: 1)
            var out = [UInt8](repeating: 0x30, count: width - b.count) + b
            if let f = b.first, f == 0x2B || f == 0x2D { out[width - b.count] = 0x30; out[0] = f }
            return make(out, like: s)
        }
        Meth.keywords(t, "hex", ["sep", "bytes_per_sep"]) { vm, s, a in
            var sep: [UInt8]? = nil
            if let v = a[0] {
                if let st = vm.asPyStr(v) { sep = Array(st.value.utf8) } else if let bb = bytesLike(v) { sep = bb } else {
                    throw PyError.typeError("sep must be str or bytes.")
                }
                if sep!.count != 1 { throw PyError.valueError("sep must be length 1.") }
            }
            let per = try a[1].map { try vm.ssizeArg($0) } ?? 1
            return .str(hex(B(s).bytes, sep: sep, bytesPerSep: per))
        }
        Meth.classMethod(t, "fromhex") { vm, cls, args, kw in
            if !kw.isEmpty { throw PyError.typeError("\(name).fromhex() takes no keyword arguments") }
            try Meth.arity("fromhex", args.count, min: 1, max: 1)
            let b = try fromhex(vm, args[0], name)
            let made: Value = .object(PyBytes(b, mutable: t === BuiltinTypes.bytearray))
            if cls === t { return made }
            return try vm.call(.object(cls), [made])
        }
        Meth.slot(t, "__len__", 0) { _, s, _ in .int(B(s).bytes.count) }
        Meth.slot(t, "__iter__", 0) { vm, s, _ in try vm.nativeGetIterator(s) }
        Meth.slot(t, "__contains__", 1) { vm, s, a in .bool(try vm.nativeContains(s, a[0])) }
        Meth.slot(t, "__getitem__", 1) { vm, s, a in try vm.nativeGetItem(s, a[0]) }
        Meth.noArgs(t, "__bytes__") { _, s in .object(PyBytes(B(s).bytes)) }
    }

    static func installMutable(_ t: PyType) {
        Meth.oneArg(t, "append") { vm, s, x in
            B(s).bytes.append(try byteValue(vm, x))
            return .none
        }
        Meth.oneArg(t, "extend") { vm, s, x in
            if let b = bytesLike(x) { B(s).bytes += b; return .none }
            if vm.asPyStr(x) != nil { throw PyError.typeError("expected iterable of integers; got: 'str'") }
            var add: [UInt8] = []
            for v in try vm.iterate(x) { add.append(try byteValue(vm, v)) }
            B(s).bytes += add
            return .none
        }
        Meth.positional(t, "insert", min: 2, max: 2) { vm, s, a in
            let b = B(s)
            var i = try vm.ssizeArg(a[0])
            let v = try byteValue(vm, a[1])
            let n = b.bytes.count
            if i < 0 { i += n; if i < 0 { i = 0 } }
            if i > n { i = n }
            b.bytes.insert(v, at: i)
            return .none
        }
        Meth.positional(t, "pop", min: 0, max: 1) { vm, s, a in
            let b = B(s)
            if b.bytes.isEmpty { throw PyError.indexError("pop from empty bytearray") }
            var i = try a.first.map { try vm.ssizeArg($0) } ?? -1
            if i < 0 { i += b.bytes.count }
            guard i >= 0 && i < b.bytes.count else { throw PyError.indexError("pop index out of range") }
            return .int(Int(b.bytes.remove(at: i)))
        }
        Meth.oneArg(t, "remove") { vm, s, x in
            let b = B(s)
            let v = try byteValue(vm, x)
            guard let i = b.bytes.firstIndex(of: v) else { throw PyError.valueError("value not found in bytearray") }
            b.bytes.remove(at: i)
            return .none
        }
        Meth.noArgs(t, "clear") { _, s in B(s).bytes = []; return .none }
        Meth.noArgs(t, "reverse") { _, s in B(s).bytes.reverse(); return .none }
        Meth.noArgs(t, "copy") { _, s in .object(PyBytes(B(s).bytes, mutable: true)) }
        Meth.slot(t, "__setitem__", 2) { vm, s, a in try vm.nativeSetItem(s, a[0], a[1]); return .none }
        Meth.slot(t, "__delitem__", 1) { vm, s, a in try vm.nativeDeleteItem(s, a[0]); return .none }
    }
}
