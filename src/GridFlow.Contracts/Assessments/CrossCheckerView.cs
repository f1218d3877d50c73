namespace GridFlow.Contracts.Assessments;

/// <summary>
/// Someone who may cross-check a grid (<c>GET /api/cross-checks/checkers</c>): an inspector not responsible for it, or a
/// county or city supervisor whose region contains it; <c>kind</c> is <c>inspector</c> or <c>supervisor</c>.
/// </summary>
public sealed record CrossCheckerView(string UserId, string Name, string UserName, string Kind, string? RegionId);
