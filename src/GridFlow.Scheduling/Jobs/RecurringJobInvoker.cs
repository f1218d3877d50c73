namespace GridFlow.Scheduling.Jobs;

/// <summary>
/// What Hangfire stores for every recurring job: this type and the job's CLR type name. Storing one invoker
/// rather than each job's own method keeps the Hangfire rows independent of the jobs' signatures.
/// </summary>
public sealed class RecurringJobInvoker(IServiceScopeFactory scopes)
{
    /// <summary>Resolves the job in a fresh scope and runs it; Hangfire passes its shutdown token for <paramref name="cancellationToken"/>.</summary>
    public async Task RunAsync(string name, string jobType, CancellationToken cancellationToken)
    {
        var type = Type.GetType(jobType, throwOnError: true)!;
        await using var scope = scopes.CreateAsyncScope();
        var job = (IRecurringJob)scope.ServiceProvider.GetRequiredService(type);
        await job.RunAsync(cancellationToken);
    }
}
