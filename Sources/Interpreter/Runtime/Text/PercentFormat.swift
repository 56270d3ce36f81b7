// printf-style formatting, `str % args`, following CPython's PyUnicode_Format
// (Objects/unicodeobject.c): parsing, argument fetching order, padding and
// every error message.
//
// API:
//   enum PercentArg { .int(BigInt), .float(Double), .str(String), .other(PercentObject) }
//   struct PercentObject      any other object: its type name, lazy str/repr/ascii,
//                             optional __index__ / __int__ / __float__ conversions,
//                             `string` for str subclasses, `isInt` for int subclasses and bool
//   pyPercentFormat(_ format: String, args: [PercentArg],
//                   mapping: ((String) throws -> PercentArg)?,
//                   maxStrDigits: Int = IntStrDigits.limit) throws -> String
//
// The caller passes a tuple's items as `args`, or any other right operand as
// a one-element array. When that operand is a mapping (not a tuple or str),
// it also passes `mapping` (key lookup, raising the runtime's KeyError
// itself); then %(name)s works and unused arguments are not an error.

public enum PercentArg {
    case int(BigInt)
    case float(Double)
    case str(String)
    case other(PercentObject)
}

public struct PercentObject {
    public var typeName: String
    public var str: () throws -> String
    public var repr: () throws -> String
    /// ascii(obj); defaults to repr with non-ASCII characters escaped.
    public var ascii: (() throws -> String)?
    /// __index__ (int subclasses, bool): used by %x %o %X %c, and %d.
    public var index: (() throws -> BigInt)?
    /// int(obj) via __int__ when there is no __index__: used by %d %i %u.
    public var int: (() throws -> BigInt)?
    /// float(obj): used by %e %f %g.
    public var float: (() throws -> Double)?
    /// The text of a str subclass (for %c with a one-character string).
    public var string: String?
    /// An int subclass (bool included): accepted by '*' widths.
    public var isInt: Bool
    /// bytes % args: the object's bytes for %s/%b (bytes-like or __bytes__),
    /// one character per byte (U+0000...U+00FF).
    public var bytes: (() throws -> String)?

    public init(typeName: String, str: @escaping () throws -> String, repr: @escaping () throws -> String,
                ascii: (() throws -> String)? = nil, index: (() throws -> BigInt)? = nil,
                int: (() throws -> BigInt)? = nil, float: (() throws -> Double)? = nil,
                string: String? = nil, isInt: Bool = false) {
        self.typeName = typeName
        self.str = str
        self.repr = repr
        self.ascii = ascii
        self.index = index
        self.int = int
        self.float = float
        self.string = string
        self.isInt = isInt
        self.bytes = nil
    }
}

public func pyPercentFormat(_ format: String, args: [PercentArg],
                            mapping: ((String) throws -> PercentArg)?,
                            maxStrDigits: Int = IntStrDigits.limit, bytesMode: Bool = false) throws -> String {
    var formatter = PercentFormatter(fmt: Array(format.unicodeScalars), args: args,
                                     mapping: mapping, maxStrDigits: maxStrDigits)
    formatter.bytesMode = bytesMode
    return try formatter.run()
}

private struct PercentFormatter {
    let fmt: [Unicode.Scalar]
    var args: [PercentArg]
    let mapping: ((String) throws -> PercentArg)?
    let maxStrDigits: Int
    var argIndex = 0
    /// After %(key), the looked-up value stands alone as the argument list.
    var singleArg: PercentArg?
    var singleUsed = false
    var pos = 0
    var out = ScalarWriter()
    /// bytes % args (PyBytes_Format): the format and the result are one
    /// character per byte; %s/%b take bytes, %c a byte, %r/%a are ascii().
    var bytesMode = false

    init(fmt: [Unicode.Scalar], args: [PercentArg], mapping: ((String) throws -> PercentArg)?,
         maxStrDigits: Int) {
        self.fmt = fmt
        self.args = args
        self.mapping = mapping
        self.maxStrDigits = maxStrDigits
    }

    mutating func run() throws -> String {
        while pos < fmt.count {
            let c = fmt[pos]
            pos += 1
            if c != "%" {
                out.append(c)
                continue
            }
            try conversion()
        }
        if mapping == nil && singleArg == nil && argIndex < args.count {
            throw PyLibError.type("not all arguments converted during \(bytesMode ? "bytes" : "string") formatting")
        }
        return out.string
    }

    mutating func nextArg() throws -> PercentArg {
        if let single = singleArg {
            if singleUsed { throw PyLibError.type("not enough arguments for format string") }
            singleUsed = true
            return single
        }
        guard argIndex < args.count else { throw PyLibError.type("not enough arguments for format string") }
        argIndex += 1
        return args[argIndex - 1]
    }

    /// Reads the next format character; nil at the end of the format.
    mutating func read() -> Unicode.Scalar? {
        guard pos < fmt.count else { return nil }
        pos += 1
        return fmt[pos - 1]
    }

    // Flags.
    var leftAlign = false, plusSign = false, blank = false, alternate = false, zero = false

    mutating func conversion() throws {
        guard pos < fmt.count else { throw PyLibError.value("incomplete format") }
        if fmt[pos] == "%" {
            pos += 1
            out.append("%")
            return
        }
        leftAlign = false; plusSign = false; blank = false; alternate = false; zero = false
        var width = -1
        var precision = -1
        if fmt[pos] == "(" {
            guard let mapping else { throw PyLibError.type("format requires a mapping") }
            pos += 1
            let keyStart = pos
            var depth = 1
            while depth > 0 && pos < fmt.count {
                if fmt[pos] == ")" { depth -= 1 } else if fmt[pos] == "(" { depth += 1 }
                pos += 1
            }
            if depth > 0 { throw PyLibError.value("incomplete format key") }
            let key = String(String.UnicodeScalarView(fmt[keyStart..<(pos - 1)]))
            singleArg = try mapping(key)
            singleUsed = false
        }
        var ch = read()
        while let c = ch, "-+ #0".unicodeScalars.contains(c) {
            switch c {
            case "-": leftAlign = true
            case "+": plusSign = true
            case " ": blank = true
            case "#": alternate = true
            default: zero = true
            }
            ch = read()
        }
        if ch == "*" {
            width = try starValue()
            if width < 0 {
                leftAlign = true
                width = width == Int.min ? Int.max : -width
            }
            ch = read()
        } else if let c = ch, let d = asciiDigit(c) {
            width = d
            ch = read()
            while let c2 = ch, let d2 = asciiDigit(c2) {
                let (m, o1) = width.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(d2)
                if o1 || o2 { throw PyLibError.value("width too big") }
                width = a
                ch = read()
            }
        }
        if ch == "." {
            precision = 0
            ch = read()
            if ch == "*" {
                let p = try starValue(cType: "int")
                if p > Int(Int32.max) || p < Int(Int32.min) {
                    throw PyLibError.overflow("Python int too large to convert to C int")
                }
                precision = max(0, p)
                ch = read()
            } else if let c = ch, let d = asciiDigit(c) {
                precision = d
                ch = read()
                while let c2 = ch, let d2 = asciiDigit(c2) {
                    if precision > (Int(Int32.max) - d2) / 10 { throw PyLibError.value("precision too big") }
                    precision = precision * 10 + d2
                    ch = read()
                }
            }
        }
        if ch == "h" || ch == "l" || ch == "L" { ch = read() }
        guard let code = ch else { throw PyLibError.value("incomplete format") }
        let cuts = code == "s" || code == "r" || code == "a"   // precision only shortens these
        if width > MemoryBudget.limitBytes / 4 || (precision > MemoryBudget.limitBytes / 4 && !cuts) { throw PyLibError.memory }
        try convert(code, width: width, precision: precision)
    }

    func asciiDigit(_ c: Unicode.Scalar) -> Int? {
        c.value >= 0x30 && c.value <= 0x39 ? Int(c.value - 0x30) : nil
    }

    /// A '*' width or precision: must be an int.
    /// A '*' width is read as a C ssize_t, a '*' precision as a C int.
    mutating func starValue(cType: String = "ssize_t") throws -> Int {
        let arg = try nextArg()
        var value: BigInt
        switch arg {
        case .int(let v): value = v
        case .other(let o) where o.isInt && o.index != nil:
            guard let index = o.index else { throw PyLibError.type("* wants int") }
            value = try index()
        default:
            throw PyLibError.type("* wants int")
        }
        guard let v = value.asInt else {
            throw PyLibError.overflow("Python int too large to convert to C \(cType)")
        }
        return v
    }

    mutating func convert(_ code: Unicode.Scalar, width: Int, precision: Int) throws {
        let arg = try nextArg()
        var text: String
        var numeric = false
        switch code {
        case "s", "r", "a", "b" where bytesMode:  // `where` guards only "b"
            text = try bytesMode ? bytesForm(arg, code) : stringForm(arg, code)
        case "d", "i", "u", "o", "x", "X":
            text = try integerForm(arg, code, precision: precision)
            numeric = true
        case "e", "E", "f", "F", "g", "G":
            let value = try floatValue(arg)
            let fcode: FloatCode = code == "e" || code == "E" ? .exponent : (code == "f" || code == "F" ? .fixed : .general)
            let upper = code == "E" || code == "F" || code == "G"
            text = pyFormatDouble(value, code: fcode, precision: precision < 0 ? 6 : precision,
                                  uppercase: upper, alternate: alternate)
            numeric = true
        case "c":
            text = String(Character(try bytesMode ? byteValue(arg) : charValue(arg)))
        default:
            let shown = code.value >= 31 && code.value <= 126 ? Character(code) : "?"
            throw PyLibError.value("unsupported format character '\(shown)' (0x\(String(code.value, radix: 16))) at index \(pos - 1)")
        }
        output(text, code: code, numeric: numeric, width: width, precision: precision)
    }

    func stringForm(_ arg: PercentArg, _ code: Unicode.Scalar) throws -> String {
        switch arg {
        case .int(let v): return try v.decimalString(maxDigits: maxStrDigits)
        case .float(let d): return pyFloatRepr(d)
        case .str(let s):
            if code == "s" { return s }
            return code == "r" ? pyStringRepr(s) : pyStringAscii(s)
        case .other(let o):
            if code == "s" { return try o.str() }
            if code == "r" { return try o.repr() }
            if let ascii = o.ascii { return try ascii() }
            return pyAsciiEscape(try o.repr())
        }
    }

    /// mainformatlong + _PyUnicode_FormatLong: sign, optional 0x/0o, digits
    /// zero-padded to the precision.
    func integerForm(_ arg: PercentArg, _ code: Unicode.Scalar, precision: Int) throws -> String {
        let needsIndex = code == "o" || code == "x" || code == "X"
        let value: BigInt
        func wrongType(_ typeName: String) -> PyLibError {
            PyLibError.type(needsIndex ? "%\(Character(code)) format: an integer is required, not \(typeName)"
                                       : "%\(Character(code)) format: a real number is required, not \(typeName)")
        }
        switch arg {
        case .int(let v): value = v
        case .float(let d):
            if needsIndex { throw wrongType("float") }
            value = try BigInt.fromDouble(d)
        case .str: throw wrongType("str")
        case .other(let o):
            if needsIndex {
                guard let index = o.index else { throw wrongType(o.typeName) }
                value = try index()
            } else if let toInt = o.int ?? o.index {
                value = try toInt()
            } else {
                throw wrongType(o.typeName)
            }
        }
        var digits: String
        var prefix = ""
        switch code {
        case "o":
            digits = value.magnitude.toString(radix: 8)
            if alternate { prefix = "0o" }
        case "x":
            digits = value.magnitude.toString(radix: 16)
            if alternate { prefix = "0x" }
        case "X":
            digits = value.magnitude.toString(radix: 16, uppercase: true)
            if alternate { prefix = "0X" }
        default:
            digits = try value.magnitude.decimalString(maxDigits: maxStrDigits)
        }
        let count = digits.utf8.count
        if precision > count { digits = repeatString("0", count: precision - count) + digits }
        return (value.isNegative ? "-" : "") + prefix + digits
    }

    func floatValue(_ arg: PercentArg) throws -> Double {
        switch arg {
        case .float(let d): return d
        case .int(let v): return try v.pyToDouble()
        case .str: throw PyLibError.type("must be real number, not str")
        case .other(let o):
            if let f = o.float { return try f() }
            if let index = o.index { return try index().pyToDouble() }
            throw PyLibError.type("must be real number, not \(o.typeName)")
        }
    }

    /// %s/%b (bytes of a bytes-like object or __bytes__) and %r/%a (ascii()) of bytes % args.
    func bytesForm(_ arg: PercentArg, _ code: Unicode.Scalar) throws -> String {
        if code == "r" || code == "a" {
            return try stringForm(arg, "a")
        }
        if case .other(let o) = arg, let bytes = o.bytes { return try bytes() }
        let name: String
        switch arg {
        case .int: name = "int"
        case .float: name = "float"
        case .str: name = "str"
        case .other(let o): name = o.typeName
        }
        throw PyLibError.type("%b requires a bytes-like object, or an object that implements __bytes__, not '\(name)'")
    }

    /// %c of bytes % args: an int in range(256) or a bytes object of length 1.
    func byteValue(_ arg: PercentArg) throws -> Unicode.Scalar {
        let bad = PyLibError.type("%c requires an integer in range(256) or a single byte")
        var code: BigInt
        switch arg {
        case .int(let v): code = v
        case .float, .str: throw bad
        case .other(let o):
            if let bytes = o.bytes, o.string == nil, let s = try? bytes() {
                guard s.unicodeScalars.count == 1, let c = s.unicodeScalars.first else { throw bad }
                return c
            }
            guard let index = o.index else { throw bad }
            code = try index()
        }
        guard let v = code.asInt, v >= 0, v <= 255 else { throw PyLibError.overflow("%c arg not in range(256)") }
        return Unicode.Scalar(UInt8(v))
    }

    func charValue(_ arg: PercentArg) throws -> Unicode.Scalar {
        let bad = PyLibError.type("%c requires int or char")
        var code: BigInt
        switch arg {
        case .str(let s):
            guard s.unicodeScalars.count == 1, let c = s.unicodeScalars.first else { throw bad }
            return c
        case .int(let v): code = v
        case .float: throw bad
        case .other(let o):
            if let s = o.string {
                guard s.unicodeScalars.count == 1, let c = s.unicodeScalars.first else { throw bad }
                return c
            }
            guard let index = o.index else { throw bad }
            code = try index()
        }
        guard let v = code.asInt, v >= 0, v <= 0x10FFFF else {
            throw PyLibError.overflow("%c arg not in range(0x110000)")
        }
        return Unicode.Scalar(UInt32(v)) ?? "\u{FFFD}"  // lone surrogates cannot be stored
    }

    /// unicode_format_arg_output: sign, 0x prefix, padding.
    mutating func output(_ text: String, code: Unicode.Scalar, numeric: Bool, width: Int, precision: Int) {
        var chars = Array(text.unicodeScalars)
        if (code == "s" || code == "r" || code == "a" || code == "b") && precision >= 0 && chars.count > precision {
            chars.removeLast(chars.count - precision)
        }
        let fill: Unicode.Scalar = numeric && zero ? "0" : " "
        var sign: Unicode.Scalar?
        if numeric {
            if let first = chars.first, first == "-" || first == "+" {
                sign = first
                chars.removeFirst()
            } else if plusSign {
                sign = "+"
            } else if blank {
                sign = " "
            }
        }
        var width = max(width, chars.count)
        var prefix: [Unicode.Scalar] = []
        if sign != nil && width > chars.count { width -= 1 }
        if alternate && (code == "x" || code == "X" || code == "o") && chars.count >= 2 {
            prefix = Array(chars[0..<2])
            chars.removeFirst(2)
            width = max(0, width - 2)
        }
        let pad = width - chars.count
        if fill == "0" {
            if let s = sign { out.append(s) }
            out.append(contentsOf: prefix)
        }
        if pad > 0 && !leftAlign { out.append(contentsOf: repeatElement(fill, count: pad)) }
        if fill == " " {
            if let s = sign { out.append(s) }
            out.append(contentsOf: prefix)
        }
        out.append(contentsOf: chars)
        if pad > 0 && leftAlign { out.append(contentsOf: repeatElement(" ", count: pad)) }
    }
}
