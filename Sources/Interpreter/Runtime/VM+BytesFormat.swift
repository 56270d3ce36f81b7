// `bytes % args` (PyBytes_Format): the str formatter (Text/PercentFormat.swift)
// run in bytes mode over one character per byte, with the arguments' bytes
// (bytes, bytearray, __bytes__) made available to %s and %b.

extension VM {
    func bytesPercentFormat(_ format: PyBytes, _ r: Value) throws -> Value {
        func latin1(_ b: [UInt8]) -> String {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: b.map { Unicode.Scalar($0) })
            return String(s)
        }
        func arg(_ v: Value) -> PercentArg {
            let base = percentArg(v)
            guard case .other(var o) = base else { return base }
            if let b = BytesMethods.bytesLike(v) {
                o.bytes = { latin1(b) }
                o.string = nil
            } else if case .object(let obj) = v, obj.kind == .instance, let f = obj.pyType.lookup("__bytes__") {
                o.bytes = {
                    let r = try self.call(try self.bindIfFunction(f, to: v, type: obj.pyType), [])
                    guard let b = BytesMethods.bytesLike(r) else {
                        throw PyError.typeError("__bytes__ returned non-bytes (type \(self.typeOf(r).name))")
                    }
                    return latin1(b)
                }
            }
            return .other(o)
        }
        var args: [PercentArg]
        var mapping: ((String) throws -> PercentArg)? = nil
        if case .object(let o) = r, o.kind == .tuple {
            args = unsafeDowncast(o, to: PyTuple.self).items.map { arg($0) }
        } else {
            args = [arg(r)]
            if case .object(let o) = r, o.kind == .dict || (o.kind == .instance && o.pyType.lookup("__getitem__") != nil) {
                mapping = { key in
                    let k = Value.object(PyBytes(key.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }, mutable: false))
                    return arg(try self.getItem(r, k))
                }
            }
        }
        let text = try libCall { try pyPercentFormat(latin1(format.bytes), args: args, mapping: mapping, bytesMode: true) }
        return .object(PyBytes(text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }, mutable: format.isMutable))
    }
}
