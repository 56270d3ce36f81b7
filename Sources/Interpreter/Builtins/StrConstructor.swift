// `str(object, encoding, errors)`: CPython's unicode_new with an encoding or
// errors given decodes a bytes-like object (`str(b'caf\xc3\xa9', 'utf-8')`,
// the lesson on bytes and text); without them it is `object.__str__()`.

enum StrConstructor {
    static func decoding(_ vm: VM, _ args: [Value], _ kw: KwArgs) throws -> Value {
        if args.count > 3 { throw PyError.typeError("str expected at most 3 arguments, got \(args.count)") }
        let names = ["object", "encoding", "errors"]
        var given: [Value?] = args.map { $0 } + Array(repeating: nil, count: 3 - args.count)
        for (k, v) in kw {
            guard let i = names.firstIndex(of: k) else { throw PyError.typeError("str() got an unexpected keyword argument '\(k)'") }
            if given[i] != nil { throw PyError.typeError("argument for str() given by name ('\(k)') and position (\(i + 1))") }
            given[i] = v
        }
        func text(_ i: Int) throws -> String? {
            guard let v = given[i] else { return nil }
            guard let s = vm.asPyStr(v) else { throw PyError.typeError("str() argument '\(names[i])' must be str, not \(vm.typeOf(v).name)") }
            return s.value
        }
        let encoding = try text(1), errors = try text(2)
        guard let object = given[0] else { return .object(StringCache.empty) }
        if encoding == nil && errors == nil { return .str(try vm.str(object)) }
        if case .object(let o) = object, o.kind == .str { throw PyError.typeError("decoding str is not supported") }
        guard let bytes = try bytesLike(vm, object) else {
            throw PyError.typeError("decoding to str: need a bytes-like object, \(vm.typeOf(object).name) found")
        }
        return .str(try BytesMethods.decode(bytes, encoding: encoding ?? "utf-8", errors: errors ?? "strict"))
    }

    /// bytes, bytearray, or a memoryview (a library class here) over them.
    private static func bytesLike(_ vm: VM, _ v: Value) throws -> [UInt8]? {
        if let b = BytesMethods.bytesLike(v) { return b }
        if vm.typeOf(v).name == "memoryview", let tb = try? vm.getAttribute(v, "tobytes") {
            return BytesMethods.bytesLike(try vm.call(tb, []))
        }
        return nil
    }
}
