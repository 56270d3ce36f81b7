// The time module: clocks and sleep. Every clock reading goes through the
// VM's replay log, so a debugger replay sees the same values; sleep really
// sleeps (at most 5 s per call, so a debug session never hangs) except while
// a replay re-runs the recorded part of the program.

import Foundation

enum TimeModule {
    static let maxSleep = 5.0

    static func make(_ vm: VM) throws -> PyModule {
        let m = PyModule(name: "time")
        ModuleFunctions.none(m, "time") { vm in .float(wallClock(vm)) }
        ModuleFunctions.none(m, "time_ns") { vm in .bigInt(nanoseconds(wallClock(vm))) }
        ModuleFunctions.none(m, "perf_counter") { vm in .float(monotonic(vm)) }
        ModuleFunctions.none(m, "perf_counter_ns") { vm in .bigInt(nanoseconds(monotonic(vm))) }
        ModuleFunctions.none(m, "monotonic") { vm in .float(monotonic(vm)) }
        ModuleFunctions.none(m, "monotonic_ns") { vm in .bigInt(nanoseconds(monotonic(vm))) }
        ModuleFunctions.none(m, "process_time") { vm in
            .float(vm.replayLog.nextTime { Double(clock()) / Double(CLOCKS_PER_SEC) })
        }
        ModuleFunctions.one(m, "sleep") { vm, v in
            let seconds: Double
            switch v {
            case .float(let d): seconds = d
            case .int, .bool: seconds = Double(try vm.ssizeArg(v))
            case .object(let o) where o.kind == .bigInt:
                throw PyError.overflow("timestamp too large to convert to C PyTime_t")
            default:
                if case .object(let o) = v, o.kind == .instance, o.pyType.lookup("__float__") != nil {
                    seconds = try vm.realArg(v)
                } else {
                    throw PyError.typeError("'\(vm.typeOf(v).name)' object cannot be interpreted as an integer")
                }
            }
            if seconds.isNaN { throw PyError.valueError("Invalid value NaN (not a number)") }
            if seconds < 0 { throw PyError.valueError("sleep length must be non-negative") }
            if seconds.isInfinite { throw PyError.overflow("timestamp too large to convert to C PyTime_t") }
            if !replayingRecordedRun(vm) && seconds > 0 {
                Thread.sleep(forTimeInterval: min(seconds, maxSleep))
            }
            return .none
        }
        try addCalendar(m, vm)
        return m
    }

    /// True while a debugger replay re-runs the part of the program whose
    /// outside inputs are still in the log: sleeping there only slows the
    /// replay down.
    static func replayingRecordedRun(_ vm: VM) -> Bool {
        let log = vm.replayLog
        return log.replaying && (log.timeCursor < log.times.count || log.inputCursor < log.inputs.count
            || log.seedCursor < log.seeds.count)
    }

    static func wallClock(_ vm: VM) -> Double {
        vm.replayLog.nextTime { Date().timeIntervalSince1970 }
    }

    static func monotonic(_ vm: VM) -> Double {
        vm.replayLog.nextTime {
            var ts = timespec()
            clock_gettime(CLOCK_MONOTONIC, &ts)
            return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        }
    }

    static func nanoseconds(_ seconds: Double) -> BigInt {
        BigInt(truncating: (seconds * 1e9).rounded()) ?? BigInt(0)
    }
}
