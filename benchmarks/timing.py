"""Time to solution as the scipy comparisons measure it: a warm-up, then the median of repetitions."""
import time


def median_time(solve, warmup, reps):
    """Calls solve() for warmup seconds, then reps more times; returns the last result and the median in us."""
    end = time.perf_counter() + warmup
    while time.perf_counter() < end:
        solve()
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        res = solve()
        times.append((time.perf_counter() - t) * 1e6)
    times.sort()
    return res, times[len(times) // 2]
