// A second level behind the per-instruction attribute caches
// (AttributeCache.swift), after CPython's type attribute cache: at a site
// that sees several classes (`task.step()` over a list of subclasses, a base
// class's `__init__` storing into instances of each subclass) the
// per-instruction entry holds one class at a time, and every change of class
// used to classify the name again (an MRO walk comparing strings). This
// table remembers the classification per (class, name, kind of access) for
// the current TypeEpoch, so such a miss costs a probe and a copy.
//
// The slot is chosen by the class and the instruction, but a hit is decided
// by the content (class identity, name, access, epoch), so a reused address
// can never return another name's answer. One table per VM: the time-travel
// scan runs a second VM on another thread.

final class AttributeCacheL2 {
    enum Access: UInt8 { case load = 1, method, store }

    struct Slot {
        var access: UInt8 = 0
        var name: String = ""
        var entry = MethodCacheEntry()
    }

    static let size = 1024
    private let slots: UnsafeMutablePointer<Slot>

    init() {
        slots = .allocate(capacity: AttributeCacheL2.size)
        slots.initialize(repeating: Slot(), count: AttributeCacheL2.size)
    }

    deinit {
        slots.deinitialize(count: AttributeCacheL2.size)
        slots.deallocate()
    }

    @inline(__always)
    private func slot(_ typeID: ObjectIdentifier, _ site: UnsafeMutablePointer<MethodCacheEntry>) -> UnsafeMutablePointer<Slot> {
        let t = UInt(bitPattern: Int(bitPattern: typeID)) >> 4
        let s = UInt(bitPattern: site) >> 3
        let h = (t ^ (s &* 0x9E37_79B9)) &* 0x9E37_79B9_7F4A_7C15
        return slots + Int(h >> (UInt(UInt.bitWidth) - 10))
    }

    /// Copies what is known for `typeID` and `name` into the site's entry.
    @inline(__always)
    func fill(_ e: UnsafeMutablePointer<MethodCacheEntry>, _ typeID: ObjectIdentifier, _ name: String, _ access: Access) -> Bool {
        let s = slot(typeID, e)
        guard s.pointee.access == access.rawValue, s.pointee.entry.epoch == TypeEpoch.current,
              s.pointee.entry.typeID == typeID, s.pointee.name == name else { return false }
        e.pointee = s.pointee.entry
        return true
    }

    /// Remembers the site's freshly classified entry.
    func remember(_ e: UnsafeMutablePointer<MethodCacheEntry>, _ name: String, _ access: Access) {
        guard e.pointee.epoch != 0, let typeID = e.pointee.typeID else { return }
        let s = slot(typeID, e)
        s.pointee.access = access.rawValue
        s.pointee.name = name
        s.pointee.entry = e.pointee
    }
}
