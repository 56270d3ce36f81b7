#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Validity of what the eval loop's attribute caches learned about classes.
// Any change to any class (its dict, bases, MRO, metaclass, flags) and the
// creation of a class bump one counter; a cache entry records the counter
// and is used only while it is unchanged. Class changes are rare in running
// programs (class bodies, monkey-patching), so one global counter costs
// little and needs no subclass bookkeeping.

enum TypeEpoch {
    nonisolated(unsafe) static var current: UInt32 = 1

    @inline(__always) static func bump() {
        current &+= 1
        // 0 marks an empty cache entry: never a valid epoch.
        if current == 0 { current = 1 }
    }
}

/// The user classes a VM made, in creation order, for type.__subclasses__.
/// Classes are held unretained and remove themselves when they die.
final class ClassRegistry {
    private var classes: [Unmanaged<PyType>] = []
    private var lock = pthread_mutex_t()

    init() { pthread_mutex_init(&lock, nil) }
    deinit { pthread_mutex_destroy(&lock) }

    func add(_ t: PyType) {
        pthread_mutex_lock(&lock)
        classes.append(Unmanaged.passUnretained(t))
        pthread_mutex_unlock(&lock)
        t.registry = self
    }

    /// Called from PyType's deinit.
    func remove(_ t: PyType) {
        pthread_mutex_lock(&lock)
        // Compared as pointers: the dying class must not be retained here.
        let p = Unmanaged.passUnretained(t).toOpaque()
        if let i = classes.lastIndex(where: { $0.toOpaque() == p }) { classes.remove(at: i) }
        pthread_mutex_unlock(&lock)
    }

    /// The live classes, retained for the caller.
    var live: [PyType] {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        return classes.map { $0.takeUnretainedValue() }
    }
}
