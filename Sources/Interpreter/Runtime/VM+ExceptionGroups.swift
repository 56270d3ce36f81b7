// Exception groups (PEP 654) as CPython 3.13's Objects/exceptions.c and the
// except* machinery of ceval: construction rules, split/subgroup/derive, and
// what CHECK_EG_MATCH and PREP_RERAISE_STAR do.

extension VM {
    /// BaseExceptionGroup.__new__: a str message and a non-empty sequence of
    /// exceptions; BaseExceptionGroup becomes ExceptionGroup when every
    /// member is an Exception, and an ExceptionGroup refuses BaseExceptions.
    func makeExceptionGroup(_ t: PyType, _ args: [Value], _ kwargs: KwArgs) throws -> PyExceptionObject {
        if !kwargs.isEmpty { throw PyError.typeError("\(t.name)() takes no keyword arguments") }
        guard args.count == 2 else {
            throw PyError.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (\(args.count) given)")
        }
        guard case .object(let mo) = args[0], mo.kind == .str else {
            throw PyError.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not \(typeOf(args[0]).name)")
        }
        guard isSequence(args[1]) else { throw PyError.typeError("second argument (exceptions) must be a sequence") }
        let members = try iterate(args[1])
        if members.isEmpty { throw PyError.valueError("second argument (exceptions) must be a non-empty sequence") }
        var nestsBaseExceptions = false
        for (i, m) in members.enumerated() {
            guard case .object(let o) = m, let e = o as? PyExceptionObject else {
                throw PyError.valueError("Item \(i) of second argument (exceptions) is not an exception")
            }
            if !e.cls.isSubtype(of: BuiltinTypes.Exception) { nestsBaseExceptions = true }
        }
        var cls = t
        if t === BuiltinTypes.ExceptionGroup {
            if nestsBaseExceptions { throw PyError.typeError("Cannot nest BaseExceptions in an ExceptionGroup") }
        } else if t === BuiltinTypes.BaseExceptionGroup {
            if !nestsBaseExceptions { cls = BuiltinTypes.ExceptionGroup }
        } else if nestsBaseExceptions && t.isSubtype(of: BuiltinTypes.Exception) {
            throw PyError.typeError("Cannot nest BaseExceptions in '\(t.name)'")
        }
        let g = PyExceptionObject(cls: cls, args: args)
        g.group = (message: args[0], exceptions: PyTuple(members))
        return g
    }

    /// PySequence_Check: indexable, and not a mapping.
    private func isSequence(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o.kind {
        case .list, .tuple, .str, .bytes, .range: return true
        case .dict: return false
        default: return o.pyType.lookup("__getitem__") != nil && !o.pyType.isSubtype(of: BuiltinTypes.dict)
        }
    }

    func groupParts(_ g: PyExceptionObject) -> [Value] {
        if let parts = g.group { return parts.exceptions.items }
        return g.args.count > 1 ? ((try? iterate(g.args[1])) ?? []) : []
    }

    enum GroupCondition {
        case types(Value)
        case predicate(Value)
        case identities(Set<ObjectIdentifier>)
    }

    /// What split/subgroup accept (CPython's get_matcher_type).
    func groupCondition(_ v: Value) throws -> GroupCondition {
        if case .object(let o) = v {
            if let t = o as? PyType {
                if t.isExceptionType { return .types(v) }
            } else if let tup = o as? PyTuple, o.kind == .tuple, !o.hasUserClass {
                if tup.items.allSatisfy({ ($0.asObject as? PyType)?.isExceptionType == true }) { return .types(v) }
            } else if isCallable(v) {
                return .predicate(v)
            }
        }
        throw PyError.typeError("expected an exception type, a tuple of exception types, or a callable (other than a class)")
    }

    private func conditionHolds(_ c: GroupCondition, _ e: Value) throws -> Bool {
        switch c {
        case .types(let t): return try exceptionMatches(e, t)
        case .predicate(let f): return try isTruthy(call(f, [e]))
        case .identities(let ids): return e.asObject.map { ids.contains(ObjectIdentifier($0)) } ?? false
        }
    }

    /// exceptiongroup_split_recursive: the whole exception when it matches,
    /// else for a group the matching and the other parts, each rebuilt by
    /// derive() with the group's traceback, cause, context and notes.
    func splitGroup(_ exc: Value, _ c: GroupCondition, withRest: Bool) throws -> (match: Value?, rest: Value?) {
        if try conditionHolds(c, exc) { return (exc, nil) }
        guard case .object(let o) = exc, let g = o as? PyExceptionObject, g.cls.isSubtype(of: BuiltinTypes.BaseExceptionGroup) else {
            return (nil, withRest ? exc : nil)
        }
        var matched: [Value] = [], others: [Value] = []
        for part in groupParts(g) {
            let (m, r) = try splitGroup(part, c, withRest: withRest)
            if let m = m { matched.append(m) }
            if let r = r { others.append(r) }
        }
        return (try subgroup(of: g, matched), withRest ? try subgroup(of: g, others) : nil)
    }

    private func subgroup(of g: PyExceptionObject, _ parts: [Value]) throws -> Value? {
        if parts.isEmpty { return nil }
        let derived = try call(getAttribute(.object(g), "derive"), [.object(PyList(parts))])
        guard case .object(let o) = derived, let d = o as? PyExceptionObject, d.cls.isSubtype(of: BuiltinTypes.BaseExceptionGroup) else {
            throw PyError.typeError("derive must return an instance of BaseExceptionGroup")
        }
        d.traceback = g.traceback
        d.context = g.context
        d.cause = g.cause
        d.suppressContext = true  // PyException_SetCause sets it
        if case .object(let no)? = g.dict["__notes__"] {
            if let l = no as? PyList { d.dict["__notes__"] = .object(PyList(l.items)) } else { d.dict["__notes__"] = .object(no) }
        }
        return derived
    }

    // MARK: except*

    /// CHECK_EG_MATCH: (rest, match) of the exception for one except* clause.
    func exceptionGroupMatch(_ exc: Value, _ type: Value, in frame: Frame) throws -> (rest: Value, match: Value) {
        try checkTypeMatchable(type)
        if exc.isNone { return (.none, .none) }
        guard case .object(let o) = exc, let e = o as? PyExceptionObject else { return (exc, .none) }
        let isGroup = e.cls.isSubtype(of: BuiltinTypes.BaseExceptionGroup)
        if try exceptionMatches(exc, type) {
            if isGroup { return (.none, exc) }
            // A naked exception is wrapped in a group of its own.
            let wrapped = try makeExceptionGroup(BuiltinTypes.BaseExceptionGroup, [.str(""), .object(PyTuple([exc]))], [])
            return (.none, .object(wrapped))
        }
        if isGroup {
            let (m, r) = try splitGroup(exc, .types(type), withRest: true)
            return (r ?? .none, m ?? .none)
        }
        return (exc, .none)
    }

    /// `except* T`: T must be exception classes and none an exception group.
    private func checkTypeMatchable(_ type: Value) throws {
        let types = (type.asObject as? PyTuple)?.items ?? [type]
        for t in types where (t.asObject as? PyType)?.isExceptionType != true {
            throw PyError.typeError("catching classes that do not inherit from BaseException is not allowed")
        }
        for t in types {
            if case .object(let o) = t, let cls = o as? PyType, cls.isSubtype(of: BuiltinTypes.BaseExceptionGroup) {
                throw PyError.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
            }
        }
    }

    /// PREP_RERAISE_STAR (_PyExc_PrepReraiseStar): from what the except*
    /// clauses raised or left, the exception to raise, or None. The parts
    /// that are the original group's own (same metadata) are re-raised as
    /// the part of the original group they leave; raised ones are grouped
    /// with it in a new ExceptionGroup("").
    func prepareReraiseStar(_ orig: Value, _ collected: Value) throws -> Value {
        let excs = (collected.asObject as? PyList)?.items ?? []
        if excs.isEmpty { return .none }
        guard case .object(let oo) = orig, let og = oo as? PyExceptionObject, og.cls.isSubtype(of: BuiltinTypes.BaseExceptionGroup) else {
            return excs[0]  // a naked exception: one clause at most ran
        }
        var raised: [Value] = [], reraised: [Value] = []
        for e in excs where !e.isNone {
            guard let x = e.asObject as? PyExceptionObject else { continue }
            if sameMetadata(x, og) { reraised.append(e) } else { raised.append(e) }
        }
        var ids = Set<ObjectIdentifier>()
        for e in reraised { collectLeafIdentities(e, &ids) }
        let kept = try ids.isEmpty ? nil : splitGroup(orig, .identities(ids), withRest: false).match
        if raised.isEmpty { return kept ?? .none }
        if let k = kept { raised.append(k) }
        if raised.count == 1 { return raised[0] }
        return .object(try makeExceptionGroup(BuiltinTypes.BaseExceptionGroup, [.str(""), .object(PyList(raised))], []))
    }

    private func sameMetadata(_ a: PyExceptionObject, _ b: PyExceptionObject) -> Bool {
        guard a.cause === b.cause, a.context === b.context, a.traceback.count == b.traceback.count else { return false }
        for (x, y) in zip(a.traceback, b.traceback) where x.code !== y.code || x.line != y.line || x.frame !== y.frame { return false }
        switch (a.dict["__notes__"], b.dict["__notes__"]) {
        case (nil, nil): return true
        case (let x?, let y?): return x.isIdentical(to: y)
        default: return false
        }
    }

    private func collectLeafIdentities(_ v: Value, _ ids: inout Set<ObjectIdentifier>) {
        guard case .object(let o) = v, let e = o as? PyExceptionObject else { return }
        if e.cls.isSubtype(of: BuiltinTypes.BaseExceptionGroup) {
            for p in groupParts(e) { collectLeafIdentities(p, &ids) }
        } else {
            ids.insert(ObjectIdentifier(e))
        }
    }
}

extension Frame {
    /// A frame leaving straight from an except* (by its RERAISE or by the
    /// path taken when its clauses left nothing), code CPython gives no
    /// location: f_lineno is None.
    var returnsWithoutLocation: Bool {
        let i = lastIP
        guard lastLine == Frame.afterExceptStar, i >= 0 && i < code.lines.count else { return false }
        return code.lines[i] == 0
    }

    /// lastLine after an except* completed: no line yet, so the next line
    /// reports, and leaving at once has no line.
    static let afterExceptStar = -2
}
