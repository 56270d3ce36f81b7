// dict: insertion-ordered, open addressing over an index table (CPython's
// compact dict layout). Hashing and equality of arbitrary keys may run user
// code (__hash__/__eq__), so every operation takes the VM.

public final class PyDict: PyObject {
    struct Entry {
        var hash: Int
        var key: Value
        var value: Value
    }

    private(set) var entries: [Entry?] = []
    private var indices: [Int32] = []   // -1 empty, -2 deleted, else entry index
    public private(set) var count = 0
    /// Bumped when keys are added or removed (iteration checks it).
    public private(set) var version = 0

    public init() { super.init(kind: .dict) }
    public override var pyType: PyType { BuiltinTypes.dict }

    private static let empty: Int32 = -1
    private static let deleted: Int32 = -2

    /// Finds the entry index for `key`.
    private func findEntry(_ key: Value, hash: Int, vm: VM) throws -> Int? {
        if indices.isEmpty { return nil }
        let mask = indices.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            let ix = indices[i]
            if ix == PyDict.empty { return nil }
            if ix >= 0, let e = entries[Int(ix)], e.hash == hash {
                if try vm.keysEqual(e.key, key) { return Int(ix) }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
    }

    private func insertIndex(hash: Int, entryIndex: Int) {
        let mask = indices.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while indices[i] >= 0 {
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
        indices[i] = Int32(entryIndex)
    }

    private func rebuild(minimumCapacity: Int) {
        // Compact deleted entries, then rebuild the index at load <= 2/3.
        if entries.count != count { entries = entries.filter { $0 != nil } }
        var size = 8
        while size * 2 < minimumCapacity * 3 { size <<= 1 }
        indices = [Int32](repeating: PyDict.empty, count: size)
        for (n, e) in entries.enumerated() { if let e = e { insertIndex(hash: e.hash, entryIndex: n) } }
    }

    public func get(_ key: Value, vm: VM) throws -> Value? {
        let h = try vm.hash(key)
        guard let ix = try findEntry(key, hash: h, vm: vm) else { return nil }
        return entries[ix]!.value
    }

    public func set(_ key: Value, _ value: Value, vm: VM) throws {
        let h = try vm.hash(key)
        if let ix = try findEntry(key, hash: h, vm: vm) {
            entries[ix]!.value = value
            return
        }
        if (entries.count + 1) * 3 >= indices.count * 2 { rebuild(minimumCapacity: count + 1 + count / 2) }
        entries.append(Entry(hash: h, key: key, value: value))
        insertIndex(hash: h, entryIndex: entries.count - 1)
        count += 1
        version &+= 1
    }

    /// Removes and returns the value for `key`, or nil if absent.
    @discardableResult
    public func remove(_ key: Value, vm: VM) throws -> Value? {
        let h = try vm.hash(key)
        guard let ix = try findEntry(key, hash: h, vm: vm) else { return nil }
        let v = entries[ix]!.value
        entries[ix] = nil
        // Mark the index slot deleted.
        let mask = indices.count - 1
        var i = h & mask
        var perturb = UInt(bitPattern: h)
        while indices[i] != Int32(ix) {
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
        indices[i] = PyDict.deleted
        count -= 1
        version &+= 1
        if count == 0 { entries = []; indices = [] }
        return v
    }

    public func clear() {
        entries = []
        indices = []
        count = 0
        version &+= 1
    }

    /// Live entries in insertion order.
    public var pairs: [(key: Value, value: Value)] { entries.compactMap { $0.map { ($0.key, $0.value) } } }
    public var keys: [Value] { entries.compactMap { $0?.key } }
    public var values: [Value] { entries.compactMap { $0?.value } }

    /// Raw slot access for iterators: entry at position i (nil when deleted).
    func entry(at i: Int) -> (key: Value, value: Value)? {
        guard i < entries.count, let e = entries[i] else { return nil }
        return (e.key, e.value)
    }
    var slotCount: Int { entries.count }

    /// Fast path for string keys (kwargs, globals views).
    public func set(_ key: String, _ value: Value, vm: VM) throws { try set(.str(key), value, vm: vm) }
    public func get(_ key: String, vm: VM) throws -> Value? { try get(.str(key), vm: vm) }

    public func popLast() -> (key: Value, value: Value)? {
        guard let ix = entries.lastIndex(where: { $0 != nil }), let e = entries[ix] else { return nil }
        return (e.key, e.value)
    }
}

/// set and frozenset, laid out as CPython's setobject.c (linear probing then
/// perturbation, same resize policy) so that sets of ints iterate in the
/// same order as CPython's.
public final class PySet: PyObject {
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
