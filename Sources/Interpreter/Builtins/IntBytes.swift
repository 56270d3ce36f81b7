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
            // The bytes object first, as CPython allocates it: a length beyond
            // memory is a MemoryError (8 * length would also overflow).
            try MemoryBudget.check(count: length, size: 1)
            let value = vm.big(vm.asNum(s) ?? .int(0))
            if value.isNegative && !signed { throw PyError(BuiltinTypes.OverflowError, "can't convert negative int to unsigned") }
            // Two's complement of a negative value: the bytes of |v| - 1, inverted.
            let magnitude = value.isNegative ? value.magnitude - BigInt(1) : value
            // Too big when it needs more bits than the bytes hold (one less when signed).
            if magnitude.bitLength > max(0, 8 * length - (signed ? 1 : 0)) {  // (-1).to_bytes(0, signed=True) is b'', as in CPython
                throw PyError(BuiltinTypes.OverflowError, "int too big to convert")
            }
            let fill: UInt8 = value.isNegative ? 0xFF : 0
            var out = [UInt8](repeating: fill, count: length)
            let limbs = magnitude.limbs
            for i in 0..<min(length, limbs.count * 8) {
                let b = UInt8(truncatingIfNeeded: limbs[i >> 3] >> UInt64(8 * (i & 7)))
                out[i] = value.isNegative ? ~b : b
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
