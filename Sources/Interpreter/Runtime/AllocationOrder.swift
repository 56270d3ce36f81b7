// Where each object was made, for the debugger's object labels (`#3`): a
// label must name the same object in a run and in every replay of it, which
// an address cannot (malloc differs between runs). A debugged program's
// thread installs a recorder; each object it allocates gets a key (the event
// being run, the allocation's index within that event), which a replay
// reproduces. Keyed per event rather than globally so that a process-wide
// cache filled in the first run only (interned strings) shifts at most the
// rest of one event. id(), `is` and reprs keep using the address.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public struct AllocationKey: Hashable, Sendable, Codable {
    /// vm.eventCount when the object was made.
    public var event: Int
    /// The allocation's index among those of that event.
    public var index: Int
}

public final class AllocationRecorder {
    unowned let vm: VM
    /// Objects by address: a dead object's address reused by a new one is
    /// overwritten at that allocation, so a live object always finds its own key.
    private var keys: [Int: AllocationKey] = [:]
    private var event = -1
    private var index = 0
    /// Above zero while the debugger itself runs code on the program thread
    /// (snapshots, conditions): its objects are not the program's.
    public var paused = 0

    init(vm: VM) { self.vm = vm }

    @inline(__always) func note(_ o: PyObject) {
        if paused > 0 { return }
        let e = vm.eventCount
        if e != event { event = e; index = 0 }
        keys[o.address] = AllocationKey(event: e, index: index)
        index += 1
    }

    public func key(of o: PyObject) -> AllocationKey? { keys[o.address] }
    public func key(ofAddress a: Int) -> AllocationKey? { keys[a] }

    public func pause() { paused += 1 }
    public func unpause() { paused -= 1 }
}

enum AllocationOrder {
    /// Set once a debugger installs a recorder: until then allocation pays one load.
    nonisolated(unsafe) static var anyInstalled = false
    static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k) { p in if let p { Unmanaged<AllocationRecorder>.fromOpaque(p).release() } }
        return k
    }()

    @inline(__always) static func note(_ o: PyObject) {
        guard anyInstalled, let p = pthread_getspecific(key) else { return }
        Unmanaged<AllocationRecorder>.fromOpaque(p).takeUnretainedValue().note(o)
    }
}

extension VM {
    /// Starts keying the objects this thread allocates; call on the program's thread.
    public func installAllocationRecorder() -> AllocationRecorder {
        let r = AllocationRecorder(vm: self)
        AllocationOrder.anyInstalled = true
        if let old = pthread_getspecific(AllocationOrder.key) { Unmanaged<AllocationRecorder>.fromOpaque(old).release() }
        pthread_setspecific(AllocationOrder.key, Unmanaged.passRetained(r).toOpaque())
        return r
    }
}
