// dict: insertion-ordered, open addressing over an index table (CPython's
// compact dict layout). Hashing and equality of arbitrary keys may run user
// code (__hash__/__eq__), so every operation takes the VM.

public class PyDict: PyTrackedObject {
    struct Entry {
        var hash: Int
        var key: Value
        var value: Value
        /// False once removed (the slot stays until the next rebuild).
        var live: Bool
    }

    // Raw buffers rather than arrays: the hot lookups read entries in place
    // (an array element read copies, retaining key and value).
    private var entries: UnsafeMutablePointer<Entry>
    private var entryCount = 0      // slots used, live or not
    private var entryCapacity = 0
    private var indices: UnsafeMutablePointer<Int32>  // -1 empty, -2 deleted, else entry index
    private var indexSize = 0       // 0 or a power of two
    public private(set) var count = 0
    /// Bumped when keys are added or removed (iteration checks it).
    public private(set) var version = 0
    /// Set when this dict is an object's live __dict__ (LiveNamespace.swift).
    final var namespaceLink: NamespaceLink?

    public init() {
        entries = UnsafeMutablePointer(bitPattern: MemoryLayout<Entry>.alignment)!
        indices = UnsafeMutablePointer(bitPattern: MemoryLayout<Int32>.alignment)!
        super.init(kind: .dict)
    }
    deinit { releaseStorage() }
    public override var pyType: PyType { BuiltinTypes.dict }

    private static let empty: Int32 = -1
    private static let deleted: Int32 = -2

    private func releaseStorage() {
        if entryCapacity > 0 {
            entries.deinitialize(count: entryCount)
            entries.deallocate()
        }
        if indexSize > 0 { indices.deallocate() }
    }

    /// Finds the entry index for `key`. Str and int keys compare in place;
    /// other keys may run __eq__, which may change the dict: then the
    /// lookup starts again, as CPython's does.
    private func findEntry(_ key: Value, hash: Int, vm: VM) throws -> Int? {
        restart: while true {
            if indexSize == 0 { return nil }
            let mask = indexSize - 1
            var i = hash & mask
            var perturb = UInt(bitPattern: hash)
            while true {
                let ix = indices[i]
                if ix == PyDict.empty { return nil }
                if ix >= 0 {
                    let e = entries + Int(ix)
                    if e.pointee.hash == hash && e.pointee.live {
                        switch PyDict.fastKeyMatch(e, key) {
                        case .some(true): return Int(ix)
                        case .some(false): break
                        case .none:
                            let stored = e.pointee.key
                            let v = version, ents = entries
                            let equal = try vm.keysEqual(stored, key)
                            if v != version || ents != entries { continue restart }
                            if equal { return Int(ix) }
                        }
                    }
                }
                perturb >>= 5
                i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
            }
        }
    }

    /// Key equality without user code: identity, ints, and strs by code
    /// units. nil: needs the general comparison.
    @inline(__always)
    private static func fastKeyMatch(_ e: UnsafeMutablePointer<Entry>, _ key: Value) -> Bool? {
        switch key {
        case .int(let k):
            if case .int(let s) = e.pointee.key { return s == k }
            return nil
        case .object(let k):
            guard case .object(let s) = e.pointee.key else { return nil }
            if s === k { return true }
            if s.kind == .str && k.kind == .str && !s.hasUserClass && !k.hasUserClass {
                return PyStr.sameText(unsafeDowncast(s, to: PyStr.self), unsafeDowncast(k, to: PyStr.self))
            }
            return nil
        default:
            return nil
        }
    }

    private func insertIndex(hash: Int, entryIndex: Int) {
        let mask = indexSize - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while indices[i] >= 0 {
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
        indices[i] = Int32(entryIndex)
    }

    private func rebuild(minimumCapacity: Int) {
        // Compact removed entries, then rebuild the index at load <= 2/3.
        var size = 8
        while size * 2 < minimumCapacity * 3 { size <<= 1 }
        let newCapacity = max(size * 2 / 3 + 1, minimumCapacity)
        let newEntries = UnsafeMutablePointer<Entry>.allocate(capacity: newCapacity)
        var n = 0
        for j in 0..<entryCount {
            if entries[j].live {
                (newEntries + n).moveInitialize(from: entries + j, count: 1)
                n += 1
            } else {
                (entries + j).deinitialize(count: 1)
            }
        }
        if entryCapacity > 0 { entries.deallocate() }
        entries = newEntries
        entryCount = n
        entryCapacity = newCapacity
        if indexSize > 0 { indices.deallocate() }
        indices = .allocate(capacity: size)
        indices.initialize(repeating: PyDict.empty, count: size)
        indexSize = size
        for j in 0..<n { insertIndex(hash: entries[j].hash, entryIndex: j) }
    }

    public func get(_ key: Value, vm: VM) throws -> Value? {
        let h = try vm.hash(key)
        guard let ix = try findEntry(key, hash: h, vm: vm) else { return nil }
        return entries[ix].value
    }

    public func set(_ key: Value, _ value: Value, vm: VM) throws {
        let h = try vm.hash(key)
        if let ix = try findEntry(key, hash: h, vm: vm) {
            entries[ix].value = value
            if let l = namespaceLink { l.push(key, value) }
            return
        }
        if (entryCount + 1) * 3 >= indexSize * 2 || entryCount == entryCapacity {
            rebuild(minimumCapacity: count + 1 + count / 2)
        }
        (entries + entryCount).initialize(to: Entry(hash: h, key: key, value: value, live: true))
        entryCount += 1
        insertIndex(hash: h, entryIndex: entryCount - 1)
        count += 1
        version &+= 1
        if let l = namespaceLink { l.push(key, value) }
    }

    /// Removes and returns the value for `key`, or nil if absent.
    @discardableResult
    public func remove(_ key: Value, vm: VM) throws -> Value? {
        let h = try vm.hash(key)
        guard let ix = try findEntry(key, hash: h, vm: vm) else { return nil }
        let v = entries[ix].value
        entries[ix].live = false
        entries[ix].key = .none
        entries[ix].value = .none
        // Mark the index slot deleted.
        let mask = indexSize - 1
        var i = h & mask
        var perturb = UInt(bitPattern: h)
        while indices[i] != Int32(ix) {
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
        indices[i] = PyDict.deleted
        count -= 1
        version &+= 1
        if count == 0 { resetStorage() }
        if let l = namespaceLink { l.push(key, nil) }
        return v
    }

    private func resetStorage() {
        releaseStorage()
        entries = UnsafeMutablePointer(bitPattern: MemoryLayout<Entry>.alignment)!
        indices = UnsafeMutablePointer(bitPattern: MemoryLayout<Int32>.alignment)!
        entryCount = 0
        entryCapacity = 0
        indexSize = 0
    }

    public func clear() {
        resetStorage()
        count = 0
        version &+= 1
        if let l = namespaceLink { l.pushClear() }
    }

    /// Live entries in insertion order.
    public var pairs: [(key: Value, value: Value)] {
        var out: [(key: Value, value: Value)] = []
        out.reserveCapacity(count)
        for j in 0..<entryCount where entries[j].live { out.append((entries[j].key, entries[j].value)) }
        return out
    }
    public var keys: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for j in 0..<entryCount where entries[j].live { out.append(entries[j].key) }
        return out
    }
    public var values: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for j in 0..<entryCount where entries[j].live { out.append(entries[j].value) }
        return out
    }

    /// Raw slot access for iterators: entry at position i (nil when deleted).
    func entry(at i: Int) -> (key: Value, value: Value)? {
        guard i < entryCount, entries[i].live else { return nil }
        return (entries[i].key, entries[i].value)
    }
    var slotCount: Int { entryCount }

    /// Fast path for string keys (kwargs, globals views).
    public func set(_ key: String, _ value: Value, vm: VM) throws { try set(.str(key), value, vm: vm) }
    public func get(_ key: String, vm: VM) throws -> Value? { try get(.str(key), vm: vm) }

    public func popLast() -> (key: Value, value: Value)? {
        var j = entryCount - 1
        while j >= 0 {
            if entries[j].live { return (entries[j].key, entries[j].value) }
            j -= 1
        }
        return nil
    }
}

/// set and frozenset, laid out as CPython's setobject.c (linear probing then
/// perturbation, same resize policy) so that sets of ints iterate in the
/// same order as CPython's.
public class PySet: PyTrackedObject {
    struct Slot {
        var hash: Int
        var key: Value
    }
    private(set) var table: [Slot?]
    private var dummies: [Bool]
    private var fill = 0
    public private(set) var count = 0
    public let isFrozen: Bool
    public private(set) var version = 0
    /// A frozenset's hash and the version it was computed at (CPython caches it too).
    var cachedHash: (version: Int, hash: Int)?

    public init(frozen: Bool = false) {
        isFrozen = frozen
        table = Array(repeating: nil, count: 8)
        dummies = Array(repeating: false, count: 8)
        super.init(kind: frozen ? .frozenset : .set)
    }
    public override var pyType: PyType { isFrozen ? BuiltinTypes.frozenset : BuiltinTypes.set }

    private static let linearProbes = 9

    private func findSlot(_ key: Value, hash: Int, vm: VM) throws -> (found: Bool, slot: Int) {
        let mask = table.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = hash & mask
        var freeSlot: Int? = nil
        while true {
            // Linear probing only when the whole run fits (CPython's rule).
            let probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
            var j = i
            for _ in 0...probes {
                if let s = table[j] {
                    if s.hash == hash, try vm.keysEqual(s.key, key) { return (true, j) }
                } else if dummies[j] {
                    if freeSlot == nil { freeSlot = j }
                } else {
                    return (false, freeSlot ?? j)
                }
                j += 1
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
    }

    public func contains(_ key: Value, vm: VM) throws -> Bool {
        try findSlot(key, hash: vm.hash(key), vm: vm).found
    }

    public func add(_ key: Value, vm: VM) throws {
        let h = try vm.hash(key)
        let (found, slot) = try findSlot(key, hash: h, vm: vm)
        if found { return }
        if !dummies[slot] { fill += 1 }
        dummies[slot] = false
        table[slot] = Slot(hash: h, key: key)
        count += 1
        version &+= 1
        if fill * 5 >= (table.count - 1) * 3 { resize(count > 50000 ? count * 2 : count * 4) }
    }

    @discardableResult
    public func remove(_ key: Value, vm: VM) throws -> Bool {
        let h = try vm.hash(key)
        let (found, slot) = try findSlot(key, hash: h, vm: vm)
        if !found { return false }
        table[slot] = nil
        dummies[slot] = true
        count -= 1
        version &+= 1
        return true
    }

    private func resize(_ minUsed: Int) {
        var newSize = 8
        while newSize <= minUsed { newSize <<= 1 }
        let old = table
        table = Array(repeating: nil, count: newSize)
        dummies = Array(repeating: false, count: newSize)
        fill = count
        let mask = newSize - 1
        for s in old {
            guard let s = s else { continue }
            var perturb = UInt(bitPattern: s.hash)
            var i = s.hash & mask
            outer: while true {
                let probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
                var j = i
                for _ in 0...probes {
                    if table[j] == nil { table[j] = s; break outer }
                    j += 1
                }
                perturb >>= 5
                i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
            }
        }
    }

    public func clear() {
        table = Array(repeating: nil, count: 8)
        dummies = Array(repeating: false, count: 8)
        fill = 0
        count = 0
        version &+= 1
    }

    /// Elements in table order (CPython's iteration order).
    public var elements: [Value] { table.compactMap { $0?.key } }

    func slot(at i: Int) -> Value? { i < table.count ? table[i]?.key : nil }
    var slotCount: Int { table.count }

    public func pop() -> Value? {
        guard let i = table.firstIndex(where: { $0 != nil }), let s = table[i] else { return nil }
        table[i] = nil
        dummies[i] = true
        count -= 1
        version &+= 1
        return s.key
    }
}

// The cycle collector's view (GC/Traversal.swift): the references held, read
// in place, and only when the storage is this object's alone.
extension PyDict {
    func gcForEachReference(_ body: (Value) -> Void) {
        var j = 0
        while j < entryCount {
            if entries[j].live { body(entries[j].key); body(entries[j].value) }
            j += 1
        }
    }
}

extension PySet {
    func gcForEachReference(_ body: (Value) -> Void) {
        guard table.storageIsUnique() else { return }
        table.withUnsafeBufferPointer { slots in
            for s in slots { if let s { body(s.key) } }
        }
    }
}
