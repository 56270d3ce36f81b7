// The objects the cycle collector knows (CycleCollector.swift): the kinds
// that can hold references and so be part of a reference cycle (lists,
// tuples, dicts, sets, instances, functions, cells, bound methods,
// generators). Each sits in its VM's registry, a circular doubly linked
// list through the objects themselves, unretained: being listed never keeps
// an object alive. ARC frees what is not in a cycle as before; the registry
// only lets the collector find the rest.
//
// Threads: `scopewalk run` has one interpreter thread, and the registry is
// then touched without a lock. The debugger runs programs on threads of
// their own (and an abandoned run may still unwind while the next one runs),
// so it sets `threadSafe` before starting any: from then on every link and
// unlink takes one process-wide lock, and each thread files its new objects
// in its own VM's registry.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

open class PyTrackedObject: PyObject {
    // Unchecked: deallocation nests deeply, and debug builds check each
    // access against every access still open on the thread.
    @exclusivity(unchecked) final var gcPrev: Unmanaged<PyTrackedObject>?
    @exclusivity(unchecked) final var gcNext: Unmanaged<PyTrackedObject>?

    public override init(kind: ObjectKind) {
        super.init(kind: kind)
        if let r = GCRegistry.forNewObjects { r._withUnsafeGuaranteedRef { $0.track(self) } }
    }

    /// An object of a tracked class that cannot hold a cycle (a built-in
    /// function bound to no container): left out of the registry.
    init(untrackedKind kind: ObjectKind) {
        super.init(kind: kind)
    }

    /// A list head: never in a list itself.
    init(sentinel: ()) {
        super.init(kind: .other)
        let me = Unmanaged.passUnretained(self)
        gcPrev = me
        gcNext = me
    }

    deinit {
        if GCRegistry.threadSafe || gcNext != nil { GCRegistry.untrack(self) }
    }
}

extension ObjectKind {
    /// Kinds whose objects are tracked (a generator of another flavor is
    /// .other, and tracked too; a built-in method is when bound to one of these).
    var canHoldCycle: Bool {
        switch self {
        case .list, .tuple, .dict, .set, .frozenset, .instance, .function, .cell, .boundMethod, .generator: return true
        default: return false
        }
    }
}

public final class GCRegistry {
    /// Set once, before the debugger starts its first program thread.
    @exclusivity(unchecked) nonisolated(unsafe) public static var threadSafe = false
    @exclusivity(unchecked) nonisolated(unsafe) private static var lock = pthread_mutex_t()
    nonisolated(unsafe) private static var lockReady = false
    /// The registry new objects go to when not threadSafe.
    @exclusivity(unchecked) nonisolated(unsafe) private static var shared: Unmanaged<GCRegistry>?
    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k, nil)
        return k
    }()

    /// Objects made since the last collection (generation 0) and the older ones.
    let young = PyTrackedObject(sentinel: ())
    let old = PyTrackedObject(sentinel: ())
    /// Tracked allocations minus deallocations since the last collection
    /// (CPython's generation 0 count).
    @exclusivity(unchecked) var count = 0
    var threshold = 2000
    var enabled = true
    /// A collection is due at the next line boundary.
    var due = false
    /// Young collections since the last full one, and the old objects then.
    var youngCollections = 0
    var oldAtLastFull = 0
    var oldCount = 0
    /// The VM whose line boundaries run the collections (set by VM.init).
    unowned(unsafe) var vm: VM?

    init() {}

    deinit {
        // Objects that outlive their VM stay alive but leave the registry.
        GCRegistry.withLock {
            for head in [young, old] {
                var u = head.gcNext!
                while u.toOpaque() != Unmanaged.passUnretained(head).toOpaque() {
                    let next = u._withUnsafeGuaranteedRef { $0.gcNext! }
                    u._withUnsafeGuaranteedRef { $0.gcNext = nil; $0.gcPrev = nil }
                    u = next
                }
                head.gcNext = nil
                head.gcPrev = nil
            }
        }
    }

    /// Called before the debugger's first program thread starts.
    public static func enableThreadSafety() {
        if threadSafe { return }
        pthread_mutex_init(&lock, nil)
        lockReady = true
        threadSafe = true
    }

    @inline(__always) static func withLock<T>(_ body: () -> T) -> T {
        if !threadSafe { return body() }
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        return body()
    }

    @inline(__always) static var forNewObjects: Unmanaged<GCRegistry>? {
        if !threadSafe { return shared }
        return pthread_getspecific(key).map { Unmanaged<GCRegistry>.fromOpaque($0) }
    }

    /// The registry of the VM that runs on this thread from now on.
    static func setCurrent(_ r: GCRegistry) {
        let u = Unmanaged.passUnretained(r)
        shared = u
        pthread_setspecific(key, u.toOpaque())
    }

    static func forget(_ r: GCRegistry) {
        let u = Unmanaged.passUnretained(r)
        if shared?.toOpaque() == u.toOpaque() { shared = nil }
        if pthread_getspecific(key) == u.toOpaque() { pthread_setspecific(key, nil) }
    }

    @inline(__always) func track(_ o: PyTrackedObject) {
        if GCRegistry.threadSafe { pthread_mutex_lock(&GCRegistry.lock) }
        let me = Unmanaged.passUnretained(o)
        let head = Unmanaged.passUnretained(young)
        let tail = young.gcPrev.unsafelyUnwrapped
        o.gcPrev = tail
        o.gcNext = head
        tail._withUnsafeGuaranteedRef { $0.gcNext = me }
        young.gcPrev = me
        count &+= 1
        if count > threshold && !due && enabled, let vm {
            due = true
            vm.finalizerPending = true
        }
        if GCRegistry.threadSafe { pthread_mutex_unlock(&GCRegistry.lock) }
    }

    static func untrack(_ o: PyTrackedObject) {
        withLock {
            guard let next = o.gcNext, let prev = o.gcPrev else { return }
            prev._withUnsafeGuaranteedRef { $0.gcNext = next }
            next._withUnsafeGuaranteedRef { $0.gcPrev = prev }
            o.gcNext = nil
            o.gcPrev = nil
            if let r = forNewObjects {
                r._withUnsafeGuaranteedRef { if $0.count > 0 { $0.count &-= 1 } }
            }
        }
    }

    /// After a collection (under the lock): the young list is empty, and
    /// `objects` (every one just scanned, in their new order) end the old
    /// list, or are all of it after a full collection.
    func relink(_ objects: [Unmanaged<PyTrackedObject>], replacingOld: Bool) {
        for head in replacingOld ? [young, old] : [young] {
            let h = Unmanaged.passUnretained(head)
            head.gcNext = h
            head.gcPrev = h
        }
        if !replacingOld { oldCount += objects.count }
        let oldHead = Unmanaged.passUnretained(old)
        var tail = old.gcPrev!
        for u in objects {
            tail._withUnsafeGuaranteedRef { $0.gcNext = u }
            u._withUnsafeGuaranteedRef { $0.gcPrev = tail }
            tail = u
        }
        tail._withUnsafeGuaranteedRef { $0.gcNext = oldHead }
        old.gcPrev = tail
    }

    /// The listed objects, oldest list first, each in the order made.
    /// Objects already being deinitialized (on another thread) are left out.
    func members(includingOld: Bool) -> [Unmanaged<PyTrackedObject>] {
        var out: [Unmanaged<PyTrackedObject>] = []
        for head in includingOld ? [old, young] : [young] {
            let h = Unmanaged.passUnretained(head).toOpaque()
            var u = head.gcNext!
            while u.toOpaque() != h {
                if retainCount(u) > 0 { out.append(u) }
                u = u._withUnsafeGuaranteedRef { $0.gcNext! }
            }
        }
        return out
    }
}

@_silgen_name("swift_retainCount")
private func swiftRetainCount(_ object: UnsafeMutableRawPointer) -> Int

/// The strong reference count of `o` (no retain is taken to read it).
@inline(__always) func retainCount(_ o: Unmanaged<PyTrackedObject>) -> Int {
    swiftRetainCount(o.toOpaque())
}

extension Array {
    /// Whether this array's storage is held by this array alone: only then
    /// does each element's retain by the storage belong to the array's
    /// owner. (On Linux an array is one reference to its storage object.)
    @inline(__always) mutating func storageIsUnique() -> Bool {
        Swift.withUnsafeMutableBytes(of: &self) { raw in
            isKnownUniquelyReferenced(&raw.baseAddress.unsafelyUnwrapped.assumingMemoryBound(to: AnyObject.self).pointee)
        }
    }
}
