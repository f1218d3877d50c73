namespace GridFlow.Accounts.SignIn;

/// <summary>What failed sign-ins are counted by: the client address and the user name as Identity normalises it.</summary>
public sealed record LoginAttempt(string ClientAddress, string UserName);
