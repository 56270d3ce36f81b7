// The format specification mini-language, parsed as CPython's
// parse_internal_render_format_spec (Python/formatter_unicode.c) does:
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
//
// API:
//   struct FormatSpec (fill, align, sign, noNegativeZero, alternate, width,
//                      grouping, precision, type; nil/0 fields when absent)
//   FormatSpec.parse(_ spec: String, typeName: String, defaultType: Unicode.Scalar?,
//                    defaultAlign: Unicode.Scalar) throws -> FormatSpec
// Value formatting lives in FormatValues.swift.

public struct FormatSpec: Sendable, Equatable {
    public enum Grouping: Sendable, Equatable {
        case none
        case comma
        case underscore
        /// '_' with b/o/x/X: groups of four.
        case underscoreFour
    }

    public var fill: Unicode.Scalar = " "
    /// '<', '>', '^' or '='.
    public var align: Unicode.Scalar = ">"
    public var alignSpecified = false
    /// '+', '-', ' ' or nil.
    public var sign: Unicode.Scalar?
    public var noNegativeZero = false
    public var alternate = false
    public var width: Int?
    public var grouping: Grouping = .none
    public var precision: Int?
    /// The presentation type, or nil for none.
    public var type: Unicode.Scalar?

    public init() {}

    public static func parse(_ spec: String, typeName: String, defaultType: Unicode.Scalar?,
                             defaultAlign: Unicode.Scalar) throws -> FormatSpec {
        let s = Array(spec.unicodeScalars)
        var f = FormatSpec()
        f.align = defaultAlign
        f.type = defaultType
        var pos = 0
        var fillSpecified = false

        func isAlign(_ c: Unicode.Scalar) -> Bool { c == "<" || c == ">" || c == "^" || c == "=" }
        if s.count >= 2 && isAlign(s[1]) {
            f.fill = s[0]
            f.align = s[1]
            fillSpecified = true
            f.alignSpecified = true
            pos = 2
        } else if s.count >= 1 && isAlign(s[0]) {
            f.align = s[0]
            f.alignSpecified = true
            pos = 1
        }
        if pos < s.count && (s[pos] == "+" || s[pos] == "-" || s[pos] == " ") {
            f.sign = s[pos]
            pos += 1
        }
        if pos < s.count && s[pos] == "z" {
            f.noNegativeZero = true
            pos += 1
        }
        if pos < s.count && s[pos] == "#" {
            f.alternate = true
            pos += 1
        }
        // A leading '0' means zero padding after the sign, unless a fill was given.
        if !fillSpecified && pos < s.count && s[pos] == "0" {
            f.fill = "0"
            if !f.alignSpecified && defaultAlign == ">" { f.align = "=" }
            pos += 1
        }
        f.width = try readInteger(s, &pos)
        // A width past the allocation budget cannot be padded to (CPython: MemoryError).
        if let w = f.width, w > MemoryBudget.limitBytes / 4 { throw PyLibError.memory }
        if pos < s.count && s[pos] == "," {
            f.grouping = .comma
            pos += 1
        }
        if pos < s.count && s[pos] == "_" {
            if f.grouping != .none { throw PyLibError.value("Cannot specify both ',' and '_'.") }
            f.grouping = .underscore
            pos += 1
        }
        if pos < s.count && s[pos] == "," && f.grouping == .underscore {
            throw PyLibError.value("Cannot specify both ',' and '_'.")
        }
        if pos < s.count && s[pos] == "." {
            pos += 1
            guard let p = try readInteger(s, &pos) else {
                throw PyLibError.value("Format specifier missing precision")
            }
            f.precision = p
            // A str's precision only cuts it: any size is fine there.
            // (An int rejects any precision later, with CPython's message.)
            if p > MemoryBudget.limitBytes / 4 && typeName != "str" && typeName != "int" {
                if p > Int(Int32.max) { throw PyLibError.value("precision too big") }
                throw PyLibError.memory
            }
        }
        if s.count - pos > 1 {
            let rest = String(String.UnicodeScalarView(s[0...]))
            throw PyLibError.value("Invalid format specifier '\(rest)' for object of type '\(typeName)'")
        }
        if s.count - pos == 1 { f.type = s[pos] }

        if f.grouping != .none {
            let separator: Unicode.Scalar = f.grouping == .comma ? "," : "_"
            switch f.type {
            case nil, "d", "e", "f", "g", "E", "G", "%", "F":
                break
            case "b", "o", "x", "X":
                guard f.grouping == .underscore else { fallthrough }
                f.grouping = .underscoreFour
            default:
                throw PyLibError.value("Cannot specify '\(separator)' with \(quotedCode(f.type ?? " ")).")
            }
        }
        return f
    }

    /// A run of decimal digits (any script, as CPython accepts) or nil if none.
    private static func readInteger(_ s: [Unicode.Scalar], _ pos: inout Int) throws -> Int? {
        var value = 0
        var any = false
        while pos < s.count, let d = pyDecimalValue(s[pos]) {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { throw PyLibError.value("Too many decimal digits in format string") }
            value = a
            any = true
            pos += 1
        }
        return any ? value : nil
    }
}

/// 'c' for printable ASCII codes, '\x..' otherwise, as CPython's messages print them.
func quotedCode(_ c: Unicode.Scalar) -> String {
    if c.value > 32 && c.value < 128 { return "'\(Character(c))'" }
    return "'\\x\(String(c.value, radix: 16))'"
}

func unknownFormatCode(_ c: Unicode.Scalar, _ typeName: String) -> PyLibError {
    PyLibError.value("Unknown format code \(quotedCode(c)) for object of type '\(typeName)'")
}
