// Inline caches for attributes of user-class instances, per instruction,
// after CPython's specialising interpreter (LOAD_ATTR_INSTANCE_VALUE,
// LOAD_ATTR_PROPERTY, LOAD_ATTR_METHOD_WITH_VALUES, STORE_ATTR_INSTANCE_VALUE).
// An entry records what the name is on one class: nothing (the instance's
// dict answers), a property's getter, a method, a plain class value, a
// plain store. It holds while TypeEpoch is unchanged (no class changed), so
// a hit reads the instance's dict at the remembered position without
// walking the MRO or hashing the name. Anything unusual (__getattribute__,
// __setattr__, __getattr__, data descriptors, dunder names) is not cached
// and takes the generic path, which also makes every error message.

enum InstanceAttrKind: UInt8 {
    case none
    /// The class has no attribute of that name (or a __slots__ member): the
    /// instance's dict answers.
    case instanceValue
    /// A property whose getter is a Python function (`method` holds it).
    case propertyGetter
    /// A Python function (`method`), bound unless the instance's dict has the name.
    case method
    /// A class attribute that is no descriptor (`method` holds it), unless
    /// the instance's dict has the name.
    case classValue
    /// STORE_ATTR: into the instance's dict.
    case storePlain
    /// STORE_ATTR: a property's setter, a Python function (`method`).
    case storeProperty
}

extension VM {
    /// The entry for `inst` if it was filled for its class in this epoch.
    @inline(__always)
    func instanceCacheHit(_ e: UnsafeMutablePointer<MethodCacheEntry>, _ inst: PyInstance) -> Bool {
        e.pointee.epoch == TypeEpoch.current && e.pointee.typeID == ObjectIdentifier(inst.cls)
    }

    /// What LOAD_ATTR/LOAD_METHOD may cache for `name` on `inst`'s class.
    func classifyInstanceLoad(_ inst: PyInstance, _ name: String, forMethod: Bool) -> (InstanceAttrKind, Value) {
        let t = inst.cls
        if inst.hasUserClass || t.customGetattribute || name.hasPrefix("__") { return (.none, .none) }
        guard let ta = t.lookup(name) else { return (forMethod ? .none : .instanceValue, .none) }
        guard case .object(let o) = ta else { return (forMethod ? .none : .classValue, ta) }
        switch o.kind {
        case .function: return (.method, ta)
        case .builtinFunction:
            // A method of a class written in Swift (deque.append): called
            // unbound with the instance first, as the generic path's bound
            // method would.
            let f = unsafeDowncast(o, to: PyBuiltinFunction.self)
            if forMethod && f.isMethod && f.boundSelf == nil && !f.isClassMethod { return (.method, ta) }
            return (.none, .none)
        case .property:
            // A getter raising AttributeError must reach __getattr__: generic path.
            let p = unsafeDowncast(o, to: PyProperty.self)
            if !forMethod, case .object(let g) = p.getter, g.kind == .function, t.lookup("__getattr__") == nil {
                return (.propertyGetter, p.getter)
            }
            return (.none, .none)
        case .str, .tuple, .bigInt, .type:
            return (forMethod ? .none : .classValue, ta)
        case .other where o is PyMemberDescriptor:
            return (forMethod ? .none : .instanceValue, .none)
        default:
            return (.none, .none)
        }
    }

    /// Fills `e` for `name` on `inst` (before the generic lookup runs).
    func fillInstanceLoadCache(_ e: UnsafeMutablePointer<MethodCacheEntry>, _ inst: PyInstance, _ name: String, forMethod: Bool) {
        let access: AttributeCacheL2.Access = forMethod ? .method : .load
        if attributeL2.fill(e, ObjectIdentifier(inst.cls), name, access) { return }
        defer { attributeL2.remember(e, name, access) }
        let (kind, value) = classifyInstanceLoad(inst, name, forMethod: forMethod)
        e.pointee.kindTag = 0
        e.pointee.attrKind = kind
        e.pointee.method = value
        e.pointee.epoch = kind == .none ? 0 : TypeEpoch.current
        e.pointee.typeID = ObjectIdentifier(inst.cls)
        e.pointee.index = inst.dict.find(name) ?? -1
    }

    /// What STORE_ATTR may cache for `name` on `inst`'s class.
    func classifyInstanceStore(_ inst: PyInstance, _ name: String) -> (InstanceAttrKind, Value) {
        let t = inst.cls
        if inst.hasUserClass || t.isBuiltin || name.hasPrefix("__") { return (.none, .none) }
        if let sa = t.lookup("__setattr__"), !isObjectDefault(sa) { return (.none, .none) }
        if let ta = t.lookup(name), case .object(let o) = ta {
            if o.kind == .property {
                let p = unsafeDowncast(o, to: PyProperty.self)
                if case .object(let s) = p.setter, s.kind == .function { return (.storeProperty, p.setter) }
                return (.none, .none)
            }
            if o.kind == .instance { return (.none, .none) }  // maybe a data descriptor
        }
        if !t.instancesHaveDict && !t.mro.contains(where: { $0.slots?.contains(name) ?? false }) { return (.none, .none) }
        return (.storePlain, .none)
    }

    func fillInstanceStoreCache(_ e: UnsafeMutablePointer<MethodCacheEntry>, _ inst: PyInstance, _ name: String) {
        if attributeL2.fill(e, ObjectIdentifier(inst.cls), name, .store) { return }
        defer { attributeL2.remember(e, name, .store) }
        let (kind, value) = classifyInstanceStore(inst, name)
        e.pointee.kindTag = 0
        e.pointee.attrKind = kind
        e.pointee.method = value
        e.pointee.epoch = kind == .none ? 0 : TypeEpoch.current
        e.pointee.typeID = ObjectIdentifier(inst.cls)
        e.pointee.index = -1
    }

    /// STORE_ATTR through a filled entry: true when done.
    @inline(__always)
    func storeCachedInstanceAttribute(_ e: UnsafeMutablePointer<MethodCacheEntry>, _ inst: PyInstance, _ name: String, _ v: Value) throws -> Bool {
        switch e.pointee.attrKind {
        case .storePlain:
            if !inst.dict.replaceValue(at: e.pointee.index, ifKey: name, with: v) {
                e.pointee.index = inst.dict.store(name, v)
            }
            return true
        case .storeProperty:
            _ = try call(e.pointee.method, [.object(inst), v])
            return true
        default:
            return false
        }
    }
}

extension AttrDict {
    /// Sets `key` to `v`; returns its position.
    @inline(__always) @discardableResult
    mutating func store(_ key: String, _ v: Value) -> Int {
        if let i = find(key) {
            _ = replaceValue(at: i, ifKey: key, with: v)
            return i
        }
        self[key] = v
        return count &- 1
    }
}
