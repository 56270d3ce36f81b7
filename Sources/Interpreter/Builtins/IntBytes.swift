// int.to_bytes and int.from_bytes: an int as a run of bytes in either
// byte order, two's complement when signed, with CPython's messages.

enum IntBytes {
    static func install() {
        let int = BuiltinTypes.int
        Meth.keywords(int, "to_bytes", ["length", "byteorder", "signed"], positionalOnly: 0) { vm, s, a in
            let length = try a[0].map { try vm.ssizeArg($0) } ?? 1
            let order = try byteOrder(vm, a[1], "to_bytes")
            let signed = try a[2].map { try vm.isTruthy($0) } ?? false
            if length < 0 { throw PyError.valueError("length argument must be non-negative") }
            var value = vm.big(vm.asNum(s) ?? .int(0))
            if value.isNegative {
                if !signed { throw PyError(BuiltinTypes.OverflowError, "can't convert negative int to unsigned") }
                value = value + (BigInt(1) << (8 * length))
                if value.isNegative { throw PyError(BuiltinTypes.OverflowError, "int too big to convert") }
            }
            // Too big when it needs more bits than the bytes hold (one less when signed).
            let usable = 8 * length - (signed ? 1 : 0)
            let original = vm.big(vm.asNum(s) ?? .int(0))
            if !original.isNegative && original.bitLength > usable {
                throw PyError(BuiltinTypes.OverflowError, "int too big to convert")
            }
            var out = [UInt8](repeating: 0, count: length)
            let mask = BigInt(0xFF)
            for i in 0..<length {
                out[i] = UInt8((value & mask).asInt ?? 0)
                value = value >> 8
            }
            if order == "big" { out.reverse() }
            return .object(PyBytes(out))
        }
        Meth.classMethod(int, "from_bytes") { vm, cls, args, kw in
            let a = try Meth.bind("from_bytes", args, kw, ["bytes", "byteorder", "signed"], positionalOnly: 0, required: 1)
            var bytes: [UInt8]
            if let b = BytesMethods.bytesLike(a[0]!) {
                bytes = b
            } else if vm.asPyStr(a[0]!) != nil {
                throw PyError.typeError("cannot convert 'str' object to bytes")
            } else {
                bytes = try vm.iterate(a[0]!).map { try BytesMethods.byteValue(vm, $0) }
            }
            let order = try byteOrder(vm, a[1], "from_bytes")
            let signed = try a[2].map { try vm.isTruthy($0) } ?? false
            if order == "little" { bytes.reverse() }
            var value = BigInt(0)
            for b in bytes { value = (value << 8) | BigInt(Int(b)) }
            if signed, let first = bytes.first, first & 0x80 != 0 {
                value = value - (BigInt(1) << (8 * bytes.count))
            }
            let made = Value.bigInt(value)
            if cls === BuiltinTypes.int { return made }
            return try vm.call(.object(cls), [made])
        }
    }

    private static func byteOrder(_ vm: VM, _ v: Value?, _ name: String) throws -> String {
        guard let v else { return "big" }
        guard let s = vm.asPyStr(v) else {
            throw PyError.typeError("\(name)() argument 'byteorder' must be str, not \(vm.typeOf(v).name)")
        }
        guard s.value == "big" || s.value == "little" else {
            throw PyError.valueError("byteorder must be either 'little' or 'big'")
        }
        return s.value
    }
}
