-- wrk script: prints one machine-readable line after the run (latencies in microseconds).
done = function(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local e = summary.errors
    io.write(string.format("RESULT %d %.1f %d %d %d %d %d\n", summary.requests, summary.requests / seconds,
        latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
        e.connect + e.read + e.write + e.status + e.timeout))
end
