namespace GridFlow.Accounts.Directory;

/// <summary>A user as the ones who write to them need them: id, user name, display name and mail address (if any).</summary>
public sealed record UserContact(string UserId, string UserName, string DisplayName, string? Email);
