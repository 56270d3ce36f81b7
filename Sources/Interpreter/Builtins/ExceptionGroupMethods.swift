// BaseExceptionGroup's __new__, derive, split and subgroup (the rules are in
// Runtime/VM+ExceptionGroups.swift).

enum ExceptionGroupMethods {
    static func install() {
        let group = BuiltinTypes.BaseExceptionGroup
        group.dict["__new__"] = .object(PyBuiltinFunction(name: "__new__", owner: group.name, isMethod: false) { vm, args, kw in
            guard case .object(let o)? = args.first, let cls = o as? PyType, cls.isSubtype(of: group) else {
                throw PyError.typeError("BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup")
            }
            return .object(try vm.makeExceptionGroup(cls, Array(args.dropFirst()), kw))
        })
        Bootstrap.method2(group, "derive") { vm, this, parts in
            let g = try groupSelf(this)
            return try vm.call(.object(group), [g.group?.message ?? g.args.first ?? .str(""), parts])
        }
        Bootstrap.method2(group, "split") { vm, this, condition in
            let g = try groupSelf(this)
            let (m, r) = try vm.splitGroup(.object(g), vm.groupCondition(condition), withRest: true)
            return .object(PyTuple([m ?? .none, r ?? .none]))
        }
        Bootstrap.method2(group, "subgroup") { vm, this, condition in
            let g = try groupSelf(this)
            return try vm.splitGroup(.object(g), vm.groupCondition(condition), withRest: false).match ?? .none
        }
    }

    private static func groupSelf(_ v: Value) throws -> PyExceptionObject {
        guard case .object(let o) = v, let e = o as? PyExceptionObject, e.cls.isSubtype(of: BuiltinTypes.BaseExceptionGroup) else {
            throw PyError.typeError("descriptor requires a 'BaseExceptionGroup' object")
        }
        return e
    }
}
