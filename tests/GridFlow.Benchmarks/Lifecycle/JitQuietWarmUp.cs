using System.Runtime;
using GridFlow.Benchmarks.Measurement;

namespace GridFlow.Benchmarks.Lifecycle;

/// <summary>
/// Drives untimed rounds of issues until the JIT is quiet. Tiered compilation re-compiles every hot method (ours and
/// the framework's ready-to-run code) optimised once it has been called often enough; on two busy cores that takes
/// tens of thousands of completions, and until it is done the JIT itself takes a large share of the CPU. A server
/// that has been up for an hour has long finished, so the timed drive starts only once two rounds in a row compile
/// fewer than <see cref="QuietMethodsPerRound"/> methods each (one quiet round can be a lull in the JIT's queue), or
/// the issues set aside for warming run out, which is printed.
/// </summary>
/// <param name="phase">Drives a round's issues through the lifecycle.</param>
/// <param name="concurrency">Clients driving at once.</param>
/// <param name="reportRound">Reports that many issues and returns their accept task ids: each round drives issues of its
/// own, so none is left waiting in an inbox the benchmark times later.</param>
public sealed class JitQuietWarmUp(DrivePhase phase, int concurrency, Func<int, Task<IReadOnlyList<string>>> reportRound)
{
    public const int RoundIssues = 500;
    public const int QuietMethodsPerRound = 150;

    /// <summary>Drives rounds of up to <paramref name="maxIssues"/> issues in all; returns how many it used.</summary>
    public async Task<int> RunAsync(int maxIssues)
    {
        var used = 0;
        var round = 0;
        var quietRounds = 0;
        while (used < maxIssues)
        {
            var batch = await reportRound(Math.Min(RoundIssues, maxIssues - used));
            var before = JitInfo.GetCompiledMethodCount();
            var jitBefore = JitInfo.GetCompilationTime();
            var result = await phase.RunAsync(batch, concurrency);
            used += batch.Count;
            round++;
            var compiled = JitInfo.GetCompiledMethodCount() - before;
            Report.Line($"  warm-up round {round}: {result.Completions.Count} completions at {result.Completions.PerSecond:F0}/s; the JIT compiled {compiled} methods in {(JitInfo.GetCompilationTime() - jitBefore).TotalSeconds:F1} s");
            quietRounds = compiled < QuietMethodsPerRound ? quietRounds + 1 : 0;
            if (quietRounds == 2)
            {
                return used;
            }
        }

        Report.Line($"  warm-up used all {used} issues it may and the JIT is still busy: the figures below include JIT work");
        return used;
    }
}
