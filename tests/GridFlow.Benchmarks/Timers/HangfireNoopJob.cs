namespace GridFlow.Benchmarks.Timers;

/// <summary>The job of the Hangfire comparison: it does nothing, so only Hangfire's own scheduling is measured.</summary>
public static class HangfireNoopJob
{
    public static void Run()
    {
    }
}
