// Inline cache for LOAD_METHOD on str, list, dict, tuple, set and frozenset
// objects: their type is fixed by the object's kind and their methods cannot
// be replaced (built-in types are immutable), so a hit needs no name lookup
// (which hashes the method name).

struct MethodCacheEntry {
    /// ObjectKind raw value + 1 of the object the method was found for (0: empty).
    var kindTag: UInt8 = 0
    var method: Value = .none
    /// The instance attribute cache of LOAD_ATTR, LOAD_METHOD and
    /// STORE_ATTR on user-class instances (AttributeCache.swift): what the
    /// name is on `typeID` while TypeEpoch is `epoch`.
    var attrKind: InstanceAttrKind = .none
    var epoch: UInt32 = 0
    var typeID: ObjectIdentifier? = nil
    /// Where the name sat in the last instance's dict (a guess to check).
    var index: Int = -1
}

extension CodeObject {
    /// The cache entry of instruction `index`, allocating the cache on first use.
    @inline(__always)
    func methodCacheEntry(_ index: Int) -> UnsafeMutablePointer<MethodCacheEntry> {
        if let c = methodCache { return c + index }
        return makeMethodCache() + index
    }

    @inline(never)
    private func makeMethodCache() -> UnsafeMutablePointer<MethodCacheEntry> {
        let n = max(instructions.count, 1)
        let c = UnsafeMutablePointer<MethodCacheEntry>.allocate(capacity: n)
        c.initialize(repeating: MethodCacheEntry(), count: n)
        methodCache = c
        methodCacheCount = n
        return c
    }
}

extension ObjectKind {
    /// Kinds whose type is fixed and built in, so a method found once for
    /// the kind stays valid.
    @inline(__always) var hasFixedBuiltinType: Bool {
        switch self {
        case .str, .list, .dict, .tuple, .set, .frozenset: return true
        default: return false
        }
    }
}

extension VM {
    /// LOAD_METHOD at instruction `index` on a built-in container: the
    /// cached method, or nil (then the caller does the full lookup and
    /// `fillMethodCache`).
    @inline(__always)
    func cachedMethod(_ code: CodeObject, _ index: Int, kind: ObjectKind) -> Value? {
        let e = code.methodCacheEntry(index)
        return e.pointee.kindTag == kind.rawValue &+ 1 ? e.pointee.method : nil
    }

    func fillMethodCache(_ code: CodeObject, _ index: Int, kind: ObjectKind, method: Value) {
        let e = code.methodCacheEntry(index)
        e.pointee.kindTag = kind.rawValue &+ 1
        e.pointee.method = method
    }
}
