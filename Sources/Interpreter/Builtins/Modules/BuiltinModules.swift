// The native (Swift) modules: math, time, random, sys, dis, itertools and the
// accelerators (_collections, _json, _heapq, _bisect, _hashcore). The import
// system (Modules/ModuleLoader.swift) asks here before the Python library.

enum BuiltinModules {
    static func make(_ name: String, vm: VM) throws -> PyModule? {
        switch name {
        case "sys": return SysModule.make(vm)
        case "math": return MathModule.make(vm)
        case "cmath": return CmathModule.make(vm)
        case "time": return try TimeModule.make(vm)
        case "random": return RandomModule.make(vm)
        case "dis": return DisModule.make(vm)
        case "linecache": return LinecacheModule.make(vm)
        case "_traceback_lines": return TracebackLinesModule.make(vm)
        case "_re_scan": return RegexScanModule.make(vm)
        case "_re_match": return RegexMatchModule.make(vm)
        case "_collections": return DequeModule.make(vm)
        case "_json": return JsonSpeedups.make(vm)
        case "itertools": return Itertools.make(vm)
        case "_heapq": return HeapqModule.make(vm)
        case "_bisect": return BisectModule.make(vm)
        case "_hashcore": return HashCoreModule.make(vm)
        case "_weakref": return WeakrefModule.make(vm)
        case "gc": return GCModule.make(vm)
        default: return nil
        }
    }
}
