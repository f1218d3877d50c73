namespace GridFlow.Contracts.Accounts;

/// <summary>
/// The actor of what GridFlow does by itself (a timeout completing a task, a timer's journal line, a change made
/// outside any request): the name journals and the audit log show for it.
/// </summary>
public static class SystemActor
{
    public const string UserName = "system";
}
