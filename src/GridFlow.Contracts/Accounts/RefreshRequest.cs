namespace GridFlow.Contracts.Accounts;

public sealed record RefreshRequest([property: Required] string? RefreshToken);
