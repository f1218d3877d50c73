namespace GridFlow.Accounts.Security;

/// <summary>
/// Who acts in a scope that no HTTP request carries. The web console's circuit lives for hours and opens a fresh scope
/// for each call; it names its signed-in user here, so that the audit log records that user rather than the system.
/// </summary>
public sealed class ActingUser
{
    public ClaimsPrincipal? User { get; set; }
}
