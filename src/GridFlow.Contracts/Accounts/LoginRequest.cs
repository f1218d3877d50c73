namespace GridFlow.Contracts.Accounts;

public sealed record LoginRequest([property: Required, StringLength(256)] string? UserName, [property: Required, StringLength(256)] string? Password);
