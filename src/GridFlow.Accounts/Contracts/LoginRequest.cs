using System.ComponentModel.DataAnnotations;

namespace GridFlow.Accounts.Contracts;

public sealed record LoginRequest([property: Required, StringLength(256)] string? UserName, [property: Required, StringLength(256)] string? Password);
