// AttrDict: the string-keyed namespace of classes, instances, functions and
// native modules. Attribute names are short, so a lookup hashes the name
// with FNV-1a (a few ns, where String's seeded SipHash costs tens) and
// scans the stored hashes while the dict is small; past `smallLimit`
// entries an open-addressing table of those hashes finds the slot.

/// An insertion-ordered dictionary with string keys: class and instance
/// namespaces, module globals views. (Python-visible `dict` is PyDict.)
public struct AttrDict {
    public private(set) var keys: [String] = []
    public private(set) var values: [Value] = []
    /// hashes[i] is AttrDict.hash(keys[i]).
    private var hashes: [Int] = []
    /// Slot table (index + 1, 0: empty), power-of-two sized; empty while
    /// the dict is small enough to scan.
    private var table: [Int32] = []
    static let smallLimit = 8

    public init() {}

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    /// FNV-1a over the UTF-8 bytes, with a final mix for the table's low bits.
    @inline(__always) static func hash(_ key: String) -> Int {
        var x: UInt64 = 0xcbf2_9ce4_8422_2325
        var k = key
        k.withUTF8 { bytes in
            for b in bytes { x = (x ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        }
        x ^= x >> 29
        return Int(bitPattern: UInt(x))
    }

    /// The position of `key`, or nil.
    @inline(__always) public func find(_ key: String) -> Int? {
        findHashed(key, AttrDict.hash(key))
    }

    @inline(__always) func findHashed(_ key: String, _ h: Int) -> Int? {
        if table.isEmpty {
            return hashes.withUnsafeBufferPointer { hs -> Int? in
                var i = 0
                let n = hs.count
                while i < n {
                    if hs[i] == h && keys[i] == key { return i }
                    i &+= 1
                }
                return nil
            }
        }
        let mask = table.count &- 1
        var slot = h & mask
        while true {
            let e = Int(table[slot])
            if e == 0 { return nil }
            if hashes[e &- 1] == h && keys[e &- 1] == key { return e &- 1 }
            slot = (slot &+ 1) & mask
        }
    }

    /// The value at `index` when the key there is `key` (an inline cache's
    /// guess), else nil.
    @inline(__always) func value(at index: Int, ifKey key: String) -> Value? {
        guard index >= 0 && index < keys.count, keys[index] == key else { return nil }
        return values[index]
    }

    /// Replaces the value at `index` when the key there is `key`; false otherwise.
    @inline(__always) mutating func replaceValue(at index: Int, ifKey key: String, with v: Value) -> Bool {
        guard index >= 0 && index < keys.count, keys[index] == key else { return false }
        values[index] = v
        return true
    }

    @inline(__always) public subscript(key: String) -> Value? {
        get {
            guard let i = find(key) else { return nil }
            return values[i]
        }
        set {
            let h = AttrDict.hash(key)
            if let v = newValue {
                if let i = findHashed(key, h) { values[i] = v; return }
                if keys.isEmpty {
                    // Room for a typical instance's attributes at once: growing
                    // three arrays 1 -> 2 -> 4 was most of an __init__'s mallocs.
                    keys.reserveCapacity(4)
                    values.reserveCapacity(4)
                    hashes.reserveCapacity(4)
                }
                keys.append(key)
                values.append(v)
                hashes.append(h)
                if !table.isEmpty && keys.count * 2 <= table.count {
                    insertSlot(keys.count &- 1)
                } else if keys.count > AttrDict.smallLimit {
                    rebuildTable()
                }
            } else if let i = findHashed(key, h) {
                keys.remove(at: i)
                values.remove(at: i)
                hashes.remove(at: i)
                if keys.count > AttrDict.smallLimit { rebuildTable() } else { table = [] }
            }
        }
    }

    private mutating func insertSlot(_ index: Int) {
        let mask = table.count &- 1
        var slot = hashes[index] & mask
        while table[slot] != 0 { slot = (slot &+ 1) & mask }
        table[slot] = Int32(index &+ 1)
    }

    private mutating func rebuildTable() {
        var size = 16
        while size < keys.count * 3 { size *= 2 }
        table = [Int32](repeating: 0, count: size)
        for i in 0..<keys.count { insertSlot(i) }
    }

    public var items: [(String, Value)] { Array(zip(keys, values)) }
}

extension AttrDict {
    /// The values, when this dict alone holds their storage (GC/Traversal.swift).
    mutating func gcForEachValue(_ body: (Value) -> Void) {
        guard values.storageIsUnique() else { return }
        values.withUnsafeBufferPointer { vs in for v in vs { body(v) } }
    }
}
