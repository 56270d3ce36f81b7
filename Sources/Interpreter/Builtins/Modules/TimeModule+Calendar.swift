// The time module's calendar half: the C library's view of the local time zone
// (localtime_r, mktime, tzset), which Python source cannot reach. struct_time,
// strftime, strptime, asctime and the argument checks are Python
// (Modules/Lib/_timefuncs.py), whose public names are copied into `time`.

import Foundation

extension TimeModule {
    /// The native helpers _timefuncs.py calls, then its exported names.
    static func addCalendar(_ m: PyModule, _ vm: VM) throws {
        ModuleFunctions.one(m, "_local_fields") { vm, v in try fields(vm, v, local: true) }
        ModuleFunctions.one(m, "_utc_fields") { vm, v in try fields(vm, v, local: false) }
        ModuleFunctions.one(m, "_mktime") { vm, v in try makeTime(vm, v) }
        let zone = zoneInfo()
        m.dict["timezone"] = .int(zone.timezone)
        m.dict["altzone"] = .int(zone.altzone)
        m.dict["daylight"] = .int(zone.daylight ? 1 : 0)
        m.dict["tzname"] = .object(PyTuple([.str(zone.names.0), .str(zone.names.1)]))
        // The helper module imports `time` for the natives above: visible while it runs.
        vm.registerModule("time", m)
        let helper = try vm.importDotted("_timefuncs")
        for name in (try? vm.iterate(helper.attribute("_EXPORTS") ?? .none)) ?? [] {
            guard case .object(let o) = name, o.kind == .str else { continue }
            let key = unsafeDowncast(o, to: PyStr.self).value
            if let v = helper.attribute(key) { m.dict[key] = v }
        }
    }

    /// A POSIX timestamp (int or float) as time_t, with CPython's messages.
    static func timestamp(_ vm: VM, _ v: Value) throws -> time_t {
        let seconds: Double
        switch v {
        case .float(let d):
            if d.isNaN { throw PyError.valueError("Invalid value NaN (not a number)") }
            seconds = d.rounded(.down)
        case .int(let i): return time_t(i)
        case .bool(let b): return b ? 1 : 0
        default:
            if case .object(let o) = v, o.kind == .bigInt {
                throw PyError.overflow("timestamp out of range for platform time_t")
            }
            seconds = Double(try vm.ssizeArg(v))
        }
        if !(seconds > -9.2e18 && seconds < 9.2e18) {
            throw PyError.overflow("timestamp out of range for platform time_t")
        }
        return time_t(seconds)
    }

    /// (year, mon, mday, hour, min, sec, wday Monday=0, yday, isdst, zone, gmtoff).
    static func fields(_ vm: VM, _ v: Value, local: Bool) throws -> Value {
        var t = try timestamp(vm, v)
        var tm = tm()
        let ok = local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm)
        if ok == nil || tm.tm_year > Int32.max - 1900 {
            throw PyError.overflow("timestamp out of range for platform time_t")
        }
        let zone = tm.tm_zone.map { String(cString: $0) } ?? (local ? "" : "UTC")
        return .object(PyTuple([
            .int(Int(tm.tm_year) + 1900), .int(Int(tm.tm_mon) + 1), .int(Int(tm.tm_mday)),
            .int(Int(tm.tm_hour)), .int(Int(tm.tm_min)), .int(Int(tm.tm_sec)),
            .int((Int(tm.tm_wday) + 6) % 7), .int(Int(tm.tm_yday) + 1), .int(Int(tm.tm_isdst)),
            .str(zone), .int(Int(tm.tm_gmtoff)),
        ]))
    }

    /// mktime on a 9-tuple of ints (checked by the caller): local time to a timestamp.
    static func makeTime(_ vm: VM, _ v: Value) throws -> Value {
        let items = try vm.iterate(v)
        guard items.count == 9 else { throw PyError.typeError("mktime(): illegal time tuple argument") }
        var n: [Int32] = []
        for item in items {
            let x = try vm.ssizeArg(item)
            guard x >= Int(Int32.min), x <= Int(Int32.max) else {
                throw PyError.overflow("Python int too large to convert to C int")
            }
            n.append(Int32(x))
        }
        var tm = tm()
        tm.tm_year = n[0] &- 1900; tm.tm_mon = n[1] - 1; tm.tm_mday = n[2]
        tm.tm_hour = n[3]; tm.tm_min = n[4]; tm.tm_sec = n[5]
        tm.tm_wday = -1; tm.tm_yday = n[7] - 1; tm.tm_isdst = n[8]
        let t = mktime(&tm)
        if t == -1 && tm.tm_wday == -1 { throw PyError.overflow("mktime argument out of range") }
        return .float(Double(t))
    }

    /// timezone, altzone, daylight and tzname as CPython works them out: from
    /// the offsets of 1 January and 1 July of the current year.
    static func zoneInfo() -> (timezone: Int, altzone: Int, daylight: Bool, names: (String, String)) {
        tzset()
        var now = time(nil)
        var cur = tm()
        localtime_r(&now, &cur)
        func probe(_ month: Int32) -> (Int, String) {
            var tm = tm()
            tm.tm_year = cur.tm_year; tm.tm_mon = month; tm.tm_mday = 1; tm.tm_hour = 12; tm.tm_isdst = -1
            var t = timegm(&tm)
            var out = Foundation.tm()
            localtime_r(&t, &out)
            return (Int(out.tm_gmtoff), out.tm_zone.map { String(cString: $0) } ?? "")
        }
        let jan = probe(0), jul = probe(6)
        if jan.0 < jul.0 {  // northern hemisphere summer time
            return (-jan.0, -jul.0, true, (jan.1, jul.1))
        }
        if jan.0 > jul.0 {
            return (-jul.0, -jan.0, true, (jul.1, jan.1))
        }
        return (-jan.0, -jan.0, false, (jan.1, jul.1))
    }
}
