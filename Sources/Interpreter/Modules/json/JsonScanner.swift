// `_json.scan_once(s, idx, strict)`: a whole JSON value decoded in Swift,
// as CPython's C scanner (Modules/_json.c, scan_once_unicode) does for
// json.loads without hooks. The package's Python scanner (Lib/json/decoder.py)
// is the reference for every message and position, and still runs when a
// hook (object_hook, parse_float, ...) is given.
//
// Returns (value, end, None), or (None, message, position) for a document
// error (the package raises JSONDecodeError), or (None, None, 0) when the
// document needs the Python scanner (a lone surrogate escape).

struct JsonScanner {
    enum Failure: Error {
        case document(String, Int)
        case needsPython
    }

    let s: [Unicode.Scalar]
    let strict: Bool
    let vm: VM
    /// Nesting depth: the recursion is native, so it is bounded as Python
    /// recursion is (RecursionError, never a Swift stack overflow).
    var depth = 0

    static func scanOnce(_ vm: VM, _ s: PyStr, _ idx: Int, strict: Bool) throws -> Value {
        var scanner = JsonScanner(s: s.scalars, strict: strict, vm: vm)
        do {
            let (v, end) = try scanner.value(idx)
            return .object(PyTuple([v, .int(end), .none]))
        } catch Failure.document(let msg, let pos) {
            return .object(PyTuple([.none, .str(msg), .int(pos)]))
        } catch Failure.needsPython {
            return .object(PyTuple([.none, .none, .int(0)]))
        }
    }

    private func skipWS(_ i: Int) -> Int {
        var i = i
        while i < s.count {
            switch s[i] { case " ", "\t", "\n", "\r": i += 1; default: return i }
        }
        return i
    }

    private func starts(_ word: String, at i: Int) -> Bool {
        var k = i
        for c in word.unicodeScalars {
            guard k < s.count, s[k] == c else { return false }
            k += 1
        }
        return true
    }

    /// The value starting exactly at i; a missing value is 'Expecting value' at i.
    mutating func value(_ i: Int) throws -> (Value, Int) {
        guard i >= 0 && i < s.count else { throw Failure.document("Expecting value", i) }
        switch s[i] {
        case "\"": return try string(i + 1)
        case "{": return try nested("object") { try $0.object(i + 1) }
        case "[": return try nested("array") { try $0.array(i + 1) }
        case "n" where starts("null", at: i): return (.none, i + 4)
        case "t" where starts("true", at: i): return (.bool(true), i + 4)
        case "f" where starts("false", at: i): return (.bool(false), i + 5)
        case "N" where starts("NaN", at: i): return (.float(.nan), i + 3)
        case "I" where starts("Infinity", at: i): return (.float(.infinity), i + 8)
        case "-" where starts("-Infinity", at: i): return (.float(-.infinity), i + 9)
        case "-", "0"..."9": return try number(i)
        default: throw Failure.document("Expecting value", i)
        }
    }

    /// CPython's C recursion limit, which sys.setrecursionlimit does not move.
    static let maxDepth = 10_000

    private mutating func nested(_ what: String, _ body: (inout JsonScanner) throws -> (Value, Int)) throws -> (Value, Int) {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth {
            throw PyError(BuiltinTypes.RecursionError, "maximum recursion depth exceeded while decoding a JSON \(what) from a unicode string")
        }
        return try body(&self)
    }

    private func isDigit(_ i: Int) -> Bool { i < s.count && s[i].value >= 0x30 && s[i].value <= 0x39 }

    /// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
    private func number(_ start: Int) throws -> (Value, Int) {
        var i = start
        if s[i] == "-" { i += 1 }
        guard isDigit(i) else { throw Failure.document("Expecting value", start) }
        if s[i] == "0" { i += 1 } else { while isDigit(i) { i += 1 } }
        var isFloat = false
        if i + 1 < s.count, s[i] == ".", isDigit(i + 1) {
            i += 2
            while isDigit(i) { i += 1 }
            isFloat = true
        }
        if i < s.count, s[i] == "e" || s[i] == "E" {
            var j = i + 1
            if j < s.count, s[j] == "+" || s[j] == "-" { j += 1 }
            if isDigit(j) {
                while isDigit(j) { j += 1 }
                i = j
                isFloat = true
            }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: s[start..<i])
        let literal = String(text)
        if isFloat { return (.float(try vm.libCall { try pyParseFloat(literal) }), i) }
        if i - start <= 18, let small = Int(literal) { return (.int(small), i) }
        return (.bigInt(try vm.libCall { try pyParseInt(literal, base: 10) }), i)
    }

    private func string(_ begin: Int) throws -> (Value, Int) {
        switch JsonSpeedups.scan(s, from: begin, strict: strict) {
        case .text(let text, let end): return (.str(text), end)
        case .error(let msg, let pos): throw Failure.document(msg, pos)
        case .needsPython: throw Failure.needsPython
        }
    }

    private mutating func object(_ start: Int) throws -> (Value, Int) {
        let d = PyDict()
        var i = skipWS(start)
        if i < s.count && s[i] == "}" { return (.object(d), i + 1) }
        while true {
            guard i < s.count, s[i] == "\"" else {
                throw Failure.document("Expecting property name enclosed in double quotes", i)
            }
            let (key, afterKey) = try string(i + 1)
            i = skipWS(afterKey)
            guard i < s.count, s[i] == ":" else { throw Failure.document("Expecting ':' delimiter", i) }
            let (v, afterValue) = try value(skipWS(i + 1))
            try d.set(key, v, vm: vm)
            i = skipWS(afterValue)
            if i < s.count && s[i] == "}" { return (.object(d), i + 1) }
            guard i < s.count, s[i] == "," else { throw Failure.document("Expecting ',' delimiter", i) }
            let comma = i
            i = skipWS(i + 1)
            if i < s.count && s[i] == "}" {
                throw Failure.document("Illegal trailing comma before end of object", comma)
            }
        }
    }

    private mutating func array(_ start: Int) throws -> (Value, Int) {
        var items: [Value] = []
        var i = skipWS(start)
        if i < s.count && s[i] == "]" { return (.object(PyList(items)), i + 1) }
        while true {
            let (v, afterValue) = try value(i)
            items.append(v)
            i = skipWS(afterValue)
            if i < s.count && s[i] == "]" { return (.object(PyList(items)), i + 1) }
            guard i < s.count, s[i] == "," else { throw Failure.document("Expecting ',' delimiter", i) }
            let comma = i
            i = skipWS(i + 1)
            if i < s.count && s[i] == "]" {
                throw Failure.document("Illegal trailing comma before end of array", comma)
            }
        }
    }
}
