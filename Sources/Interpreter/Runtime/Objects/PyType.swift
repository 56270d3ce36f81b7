// Type objects: the built-in types and user classes alike. Attribute lookup
// walks `mro`, as CPython's _PyType_Lookup does.

public final class PyType: PyObject {
    public var name: String
    public var qualname: String
    public var moduleName: String
    public var bases: [PyType] { didSet { TypeEpoch.bump() } }
    public private(set) var mro: [PyType] = [] { didSet { TypeEpoch.bump() } }
    /// Any change bumps TypeEpoch: the eval loop's attribute caches
    /// (AttributeCache.swift) trust what they saw only within one epoch.
    public var dict: AttrDict { didSet { TypeEpoch.bump() } }
    public let isBuiltin: Bool
    /// Instances of a built-in type are made by this (called as `type(...)`).
    public var constructor: ((VM, PyType, [Value], KwArgs) throws -> Value)?
    /// True for BaseException and every subclass: instances are PyExceptionObject.
    public var isExceptionType = false
    /// The built-in type whose instance layout user subclasses share.
    public var solidBase: PyType?
    /// A user class in the MRO defines __getattribute__: every attribute
    /// read on an instance goes through it (set by makeClass / setattr).
    public var customGetattribute = false { didSet { TypeEpoch.bump() } }
    /// The class's own `__slots__` (nil: none declared).
    public var slots: [String]?
    /// False when every class of the MRO declares `__slots__` without
    /// `__dict__`: instances then take only the slot names.
    public var instancesHaveDict = true { didSet { TypeEpoch.bump() } }

    public init(name: String, qualname: String? = nil, module: String = "builtins", bases: [PyType], isBuiltin: Bool) {
        self.name = name
        self.qualname = qualname ?? name
        self.moduleName = module
        self.bases = bases
        self.isBuiltin = isBuiltin
        self.dict = AttrDict()
        super.init(kind: .type)
        // A new type may take a dead one's address, which caches key on.
        TypeEpoch.bump()
    }

    deinit { registry?.remove(self) }

    /// Whether the class defines __del__ (Finalization.swift), as found in
    /// TypeEpoch `finalizerEpoch`.
    private var finalizerEpoch: UInt32 = 0
    private var finalizerFound = false
    var hasFinalizer: Bool {
        if finalizerEpoch != TypeEpoch.current {
            finalizerFound = lookup("__del__") != nil
            finalizerEpoch = TypeEpoch.current
        }
        return finalizerFound
    }

    /// The VM's list of user classes this one is in (type.__subclasses__):
    /// it holds the class unretained, so the class removes itself here.
    /// (A weak reference would give every class a side table, and make
    /// each retain and release of it take the slow path.)
    var registry: ClassRegistry?

    /// VM+Instantiate.swift: the __init__ a call of this class runs
    /// directly, as found in TypeEpoch `initializerEpoch`.
    var initializerEpoch: UInt32 = 0
    var initializer: PyFunction?

    /// The class's metaclass when it is a user subclass of `type` (nil: type).
    public var metaclass: PyType? { didSet { TypeEpoch.bump() } }

    public override var pyType: PyType { metaclass ?? BuiltinTypes.type }

    /// C3 linearisation; throws a TypeError message on inconsistency.
    public func computeMRO() throws {
        var sequences: [[PyType]] = bases.map { $0.mro }
        sequences.append(bases)
        var result: [PyType] = [self]
        while true {
            sequences = sequences.filter { !$0.isEmpty }
            if sequences.isEmpty { break }
            var candidate: PyType?
            for seq in sequences {
                let head = seq[0]
                if !sequences.contains(where: { $0.dropFirst().contains(where: { $0 === head }) }) {
                    candidate = head
                    break
                }
            }
            guard let next = candidate else {
                // set_mro_error names the classes still at the heads of the lists to merge.
                var heads: [PyType] = []
                for seq in sequences where !heads.contains(where: { $0 === seq[0] }) { heads.append(seq[0]) }
                throw PyError.typeError("Cannot create a consistent method resolution order (MRO) for bases " + heads.map { $0.name }.joined(separator: ", "))
            }
            result.append(next)
            sequences = sequences.map { $0.first === next ? Array($0.dropFirst()) : $0 }
        }
        mro = result
    }

    /// Puts back an MRO computed before (a failed `__bases__` assignment).
    func restoreMRO(_ saved: [PyType]) { mro = saved }

    /// For built-in types, whose MRO is known to be simple.
    func setLinearMRO() {
        var r: [PyType] = [self]
        var b = bases.first
        while let t = b { r.append(t); b = t.bases.first }
        mro = r
    }

    /// Looks a name up along the MRO (no instance dict, no descriptors).
    @inline(__always) public func lookup(_ name: String) -> Value? {
        let h = AttrDict.hash(name)  // once for the whole MRO
        for t in mro {
            if let i = t.dict.findHashed(name, h) { return t.dict.values[i] }
        }
        return nil
    }

    public func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        return mro.contains { $0 === other }
    }
}

