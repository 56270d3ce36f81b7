// obj.__dict__ as CPython has it: one dict object, live both ways. Attributes
// are kept in an AttrDict (fast string lookups); the PyDict handed out for
// __dict__ / vars() is linked to it while the program holds it:
//   - item stores, deletions, update(), clear()... on the dict reach the
//     attributes (PyDict.set/remove/clear push through the link);
//   - attribute stores reach the dict (the owner's `dict` didSet pulls).
// The owner holds the dict weakly, so an instance whose __dict__ was never
// kept pays only a nil check per attribute store.

/// A namespace a dict handed out to the program writes through to.
protocol LiveNamespace: AnyObject {
    /// The __dict__ handed out and still alive (held weakly).
    var liveDict: PyDict? { get set }
    /// An item store (nil: deletion) made through the dict.
    func storeFromDict(_ name: String, _ value: Value?, vm: VM?)
    /// The names bound now (what clear() removes).
    var namespaceKeys: [String] { get }
}

/// An object whose attributes live in `dict` (instances, functions,
/// exceptions, built-in subclass instances, native modules): live both ways.
protocol AttrNamespace: LiveNamespace {
    var dict: AttrDict { get set }
}

extension AttrNamespace {
    func storeFromDict(_ name: String, _ value: Value?, vm: VM?) { dict[name] = value }
    var namespaceKeys: [String] { dict.keys }
}

/// A module's globals: globals().update(...), pop, setdefault, clear and
/// module.__dict__[k] = v bind and unbind its names. (Only this direction:
/// a global store after the dict was made does not show in it.)
extension Globals: LiveNamespace {
    func storeFromDict(_ name: String, _ value: Value?, vm: VM?) {
        if let v = value { store(v, slot: slot(for: name)) } else if let s = existingSlot(name) { unbind(slot: s) }
    }
    var namespaceKeys: [String] { boundItems.map { $0.0 } }
}

extension PyModule {
    /// builtins.__dict__['name'] = v is seen by every global-name lookup.
    func storeFromDict(_ name: String, _ value: Value?, vm: VM?) {
        dict[name] = value
        if self.name == "builtins", let vm = vm, vm.modules["builtins"] === self { vm.builtinsOverlay.set(name, value) }
    }
}

/// The link from a __dict__ PyDict back to the namespace it shows.
final class NamespaceLink {
    weak var owner: (any LiveNamespace)?
    weak var vm: VM?
    /// Set while the dict pushes a change, so the owner's didSet does not pull it back.
    var pushing = false
    /// Attributes kept in the owner's `dict` that __dict__ does not show
    /// (slot values, a function's __annotations__).
    let hidden: Set<String>
    init(owner: any LiveNamespace, vm: VM, hidden: Set<String>) { self.owner = owner; self.vm = vm; self.hidden = hidden }

    func push(_ key: Value, _ value: Value?) {
        guard let o = owner, case .object(let ko) = key, ko.kind == .str else { return }
        let name = unsafeDowncast(ko, to: PyStr.self).value
        if hidden.contains(name) { return }
        pushing = true
        defer { pushing = false }
        o.storeFromDict(name, value, vm: vm)
    }

    func pushClear() {
        guard let o = owner else { return }
        pushing = true
        defer { pushing = false }
        for name in o.namespaceKeys where !hidden.contains(name) { o.storeFromDict(name, nil, vm: vm) }
    }
}

extension PyDict {
    /// Makes the dict equal to `attrs` (its str keys; other keys stay),
    /// keeping its identity: after an attribute store on the owner.
    func pull(_ attrs: AttrDict) {
        guard let link = namespaceLink, !link.pushing, let vm = link.vm else { return }
        link.pushing = true
        defer { link.pushing = false }
        var strCount = 0
        var stale: [Value] = []
        var shown = attrs.count
        for n in link.hidden where attrs[n] != nil { shown -= 1 }
        for (k, v) in pairs {
            guard case .object(let ko) = k, ko.kind == .str else { continue }
            strCount += 1
            let name = unsafeDowncast(ko, to: PyStr.self).value
            guard let now = attrs[name], !link.hidden.contains(name) else { stale.append(k); continue }
            if !now.isIdentical(to: v) { try? set(k, now, vm: vm) }
        }
        for k in stale { _ = try? remove(k, vm: vm) }
        if strCount - stale.count != shown {
            for (name, v) in attrs.items where !link.hidden.contains(name) && (try? get(.str(name), vm: vm)) == nil {
                try? set(.str(name), v, vm: vm)
            }
        }
    }
}

extension VM {
    /// The live __dict__ of `owner`: the one already handed out, or a new
    /// dict linked to it. `hidden` names (slots, a function's
    /// __annotations__) are attributes kept in `dict` but not in __dict__.
    func liveDict(of owner: any AttrNamespace, hiding hidden: Set<String> = []) throws -> PyDict {
        if let d = owner.liveDict { return d }
        let d = PyDict()
        for (k, v) in owner.dict.items where !hidden.contains(k) { try d.set(.str(k), v, vm: self) }
        d.namespaceLink = NamespaceLink(owner: owner, vm: self, hidden: hidden)
        owner.liveDict = d
        return d
    }

    /// `obj.__dict__ = d`: the attributes become d's str items, and d the live dict.
    func replaceNamespace(of owner: any AttrNamespace, with value: Value, hiding hidden: Set<String> = []) throws {
        guard case .object(let o) = value, o.kind == .dict else {
            throw PyError.typeError("__dict__ must be set to a dictionary, not a '\(typeOf(value).name)'")
        }
        let d = unsafeDowncast(o, to: PyDict.self)
        var attrs = AttrDict()
        for n in hidden { if let v = owner.dict[n] { attrs[n] = v } }
        for (k, v) in d.pairs {
            if case .object(let ko) = k, ko.kind == .str { attrs[unsafeDowncast(ko, to: PyStr.self).value] = v }
        }
        owner.liveDict = nil
        owner.dict = attrs
        // A dict is the live __dict__ of one object at a time.
        if let old = d.namespaceLink?.owner, old !== owner { old.liveDict = nil }
        d.namespaceLink = NamespaceLink(owner: owner, vm: self, hidden: hidden)
        owner.liveDict = d
    }
}
