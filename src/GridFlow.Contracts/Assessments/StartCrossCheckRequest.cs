namespace GridFlow.Contracts.Assessments;

/// <summary>
/// <c>POST /api/cross-checks</c>: grid <c>gridId</c> is checked by <c>checkerUserId</c> (an inspector not responsible
/// for it, or a county or city supervisor over it) before <c>dueAt</c>.
/// </summary>
public sealed record StartCrossCheckRequest(
    [property: Required] Guid? GridId,
    [property: Required, StringLength(64, MinimumLength = 1)] string? CheckerUserId,
    [property: Required] DateTimeOffset? DueAt);
