// hash(frozenset): CPython's frozenset_hash, so a set of frozensets iterates
// (and prints) in CPython's order. It mixes the element hashes already in
// the table, so nested frozensets are not re-hashed: with the cache, building
// frozenset([frozenset([...])]) 200,000 deep is linear, as in CPython.

extension PySet {
    func frozensetHash() -> Int {
        if let c = cachedHash, c.version == version { return c.hash }
        @inline(__always) func shuffle(_ h: UInt) -> UInt { ((h ^ 89869747) ^ (h << 16)) &* 3644798167 }
        var h: UInt = 0
        for case let slot? in table { h ^= shuffle(UInt(bitPattern: slot.hash)) }
        h ^= (UInt(count) &+ 1) &* 1927868237
        h ^= (h >> 11) ^ (h >> 25)
        h = h &* 69069 &+ 907133923
        if h == UInt.max { h = 590923713 }
        let result = Int(bitPattern: h)
        cachedHash = (version, result)
        return result
    }
}
