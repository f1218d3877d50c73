using System.Text.Json.Nodes;

namespace GridFlow.Contracts.Tasks;

/// <summary><c>POST /api/tasks/{id}/complete</c>: the outcome port to leave by, and the form's data.</summary>
public sealed record CompleteTaskRequest(
    [property: Required, StringLength(64, MinimumLength = 1)] string? Outcome,
    [property: StringLength(4000)] string? Comment,
    JsonObject? Data);
