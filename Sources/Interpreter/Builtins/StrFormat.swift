// str.format and str.format_map, following CPython's unicode_format.h: the
// same parse (fields, !conversions, nested {} in format specs, "{{" and
// "}}"), automatic/manual numbering rules, attribute and index lookups, and
// error messages. Each field is rendered with VM.format (format()).

extension StrMethods {
    static func installFormat(_ t: PyType) {
        Meth.raw(t, "format") { vm, s, args, kw in
            var f = StrFormatter(vm: vm, args: args) { key in
                if let v = kw.first(where: { $0.0 == key })?.1 { return v }
                throw PyError.keyError(.str(key))
            }
            return .str(try f.build(S(s).scalars[...], depth: 2))
        }
        Meth.oneArg(t, "format_map") { vm, s, mapping in
            var f = StrFormatter(vm: vm, args: nil) { key in try vm.getItem(mapping, .str(key)) }
            return .str(try f.build(S(s).scalars[...], depth: 2))
        }
    }
}

struct StrFormatter {
    let vm: VM
    /// nil for format_map, which has no positional arguments.
    let args: [Value]?
    let lookup: (String) throws -> Value

    private enum Numbering { case unset, automatic, manual }
    private var numbering = Numbering.unset
    private var nextIndex = 0

    init(vm: VM, args: [Value]?, lookup: @escaping (String) throws -> Value) {
        self.vm = vm
        self.args = args
        self.lookup = lookup
    }

    typealias Text = ArraySlice<Unicode.Scalar>

    mutating func build(_ s: Text, depth: Int) throws -> String {
        if depth <= 0 { throw PyError.valueError("Max string recursion exceeded") }
        // UTF-8 bytes written directly (ScalarWriter): UnicodeScalarView's
        // generic append was most of str.format's time.
        var out = ScalarWriter(capacity: s.count + 16)
        var i = s.startIndex
        let end = s.endIndex
        while i < end {
            // Literal text up to the next brace.
            let literalStart = i
            var c: Unicode.Scalar = "\0"
            var markup = false
            while i < end {
                c = s[i]
                i += 1
                if c == "{" || c == "}" { markup = true; break }
            }
            if !markup {
                out.append(contentsOf: s[literalStart..<i])
                break
            }
            let atEnd = i >= end
            if c == "}" && (atEnd || s[i] != "}") { throw PyError.valueError("Single '}' encountered in format string") }
            if atEnd && c == "{" { throw PyError.valueError("Single '{' encountered in format string") }
            if s[i] == c {
                // "{{" or "}}": one literal brace.
                out.append(contentsOf: s[literalStart..<i])
                i += 1
                continue
            }
            out.append(contentsOf: s[literalStart..<(i - 1)])
            try field(s, &i, depth: depth, into: &out)
        }
        return out.string
    }

    /// Parses the field after a "{" at s[i...] (parse_field) and renders it.
    private mutating func field(_ s: Text, _ i: inout Int, depth: Int, into out: inout ScalarWriter) throws {
        let end = s.endIndex
        let nameStart = i
        var c: Unicode.Scalar = "\0"
        scan: while i < end {
            c = s[i]
            i += 1
            switch c {
            case "{": throw PyError.valueError("unexpected '{' in field name")
            case "[":
                while i < end && s[i] != "]" { i += 1 }
            case "}", ":", "!": break scan
            default: break
            }
        }
        let nameEnd = i - 1
        var conversion: Unicode.Scalar? = nil
        var spec: Text = s[i..<i]
        var specNeedsExpanding = false
        if c == "!" || c == ":" {
            var done = false
            if c == "!" {
                if i >= end { throw PyError.valueError("end of string while looking for conversion specifier") }
                conversion = s[i]
                i += 1
                if i < end {
                    let next = s[i]
                    i += 1
                    if next == "}" { done = true } else if next != ":" {
                        throw PyError.valueError("expected ':' after conversion specifier")
                    }
                }
            }
            if !done {
                let specStart = i
                var depthCount = 1
                var closed = false
                while i < end {
                    let ch = s[i]
                    i += 1
                    if ch == "{" {
                        specNeedsExpanding = true
                        depthCount += 1
                    } else if ch == "}" {
                        depthCount -= 1
                        if depthCount == 0 {
                            spec = s[specStart..<(i - 1)]
                            closed = true
                            break
                        }
                    }
                }
                if !closed { throw PyError.valueError("unmatched '{' in format spec") }
            }
        } else if c != "}" {
            throw PyError.valueError("expected '}' before end of string")
        }

        var obj = try fieldObject(s[nameStart..<max(nameStart, nameEnd)])
        if let conv = conversion {
            switch conv {
            case "r": obj = .str(try vm.repr(obj))
            case "s": obj = .str(try vm.str(obj))
            case "a": obj = .str(try vm.ascii(obj))
            default:
                if conv.value > 32 && conv.value < 127 {
                    throw PyError.valueError("Unknown conversion specifier \(Character(conv))")
                }
                throw PyError.valueError("Unknown conversion specifier \\x\(String(conv.value, radix: 16))")
            }
        }
        let specText: String
        if specNeedsExpanding {
            specText = try build(spec, depth: depth - 1)
        } else {
            var v = ScalarWriter()
            v.append(contentsOf: spec)
            specText = v.string
        }
        let rendered = try vm.format(obj, spec: specText)
        guard let text = vm.asPyStr(rendered) else {
            throw PyError.typeError("__format__ must return a str, not \(vm.typeOf(rendered).name)")
        }
        out.append(string: text.value)
    }

    /// The decimal value of a field name part, -1 if it is not all digits.
    private func integer(_ s: Text) throws -> Int {
        if s.isEmpty { return -1 }
        var acc = 0
        for c in s {
            guard let d = decimalValue(c) else { return -1 }
            if acc > (Int.max - d) / 10 { throw PyError.valueError("Too many decimal digits in format string") }
            acc = acc * 10 + d
        }
        return acc
    }

    private func decimalValue(_ c: Unicode.Scalar) -> Int? {
        if c.value >= 0x30 && c.value <= 0x39 { return Int(c.value - 0x30) }
        if c.isASCII { return nil }
        if c.properties.numericType == .decimal, let v = c.properties.numericValue { return Int(v) }
        return nil
    }

    private func text(_ s: Text) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s)
        return String(v)
    }

    /// get_field_object: the argument, then ".attr" and "[key]" lookups.
    private mutating func fieldObject(_ name: Text) throws -> Value {
        var j = name.startIndex
        let end = name.endIndex
        while j < end && name[j] != "." && name[j] != "[" { j += 1 }
        let first = name[name.startIndex..<j]
        var index = try integer(first)
        let isEmpty = first.isEmpty
        if isEmpty || index != -1 {
            if numbering == .unset { numbering = isEmpty ? .automatic : .manual }
            if numbering == .manual && isEmpty {
                throw PyError.valueError("cannot switch from manual field specification to automatic field numbering")
            }
            if numbering == .automatic && !isEmpty {
                throw PyError.valueError("cannot switch from automatic field numbering to manual field specification")
            }
            if isEmpty {
                index = nextIndex
                nextIndex += 1
            }
        }
        var obj: Value
        if index == -1 {
            obj = try lookup(text(first))
        } else {
            guard let args else { throw PyError.valueError("Format string contains positional fields") }
            guard index < args.count else {
                throw PyError.indexError("Replacement index \(index) out of range for positional args tuple")
            }
            obj = args[index]
        }
        while j < end {
            let c = name[j]
            j += 1
            if c == "." {
                let start = j
                while j < end && name[j] != "." && name[j] != "[" { j += 1 }
                if start == j { throw PyError.valueError("Empty attribute in format string") }
                obj = try vm.getAttribute(obj, text(name[start..<j]))
            } else if c == "[" {
                let start = j
                while j < end && name[j] != "]" { j += 1 }
                if j >= end { throw PyError.valueError("Missing ']' in format string") }
                let key = name[start..<j]
                j += 1
                if key.isEmpty { throw PyError.valueError("Empty attribute in format string") }
                let k = try integer(key)
                obj = try vm.getItem(obj, k == -1 ? .str(text(key)) : .int(k))
            } else {
                throw PyError.valueError("Only '.' or '[' may follow ']' in format field specifier")
            }
        }
        return obj
    }
}
