using System.ComponentModel.DataAnnotations;

namespace GridFlow.Accounts.Contracts;

public sealed record RefreshRequest([property: Required] string? RefreshToken);
