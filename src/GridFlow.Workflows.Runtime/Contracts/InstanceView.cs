using System.Text.Json.Nodes;

namespace GridFlow.Workflows.Runtime.Contracts;

public sealed record InstanceView(
    string Id,
    string IssueId,
    string DefinitionId,
    int Version,
    string Status,
    IReadOnlyList<string> ActiveActivityIds,
    IReadOnlyDictionary<string, JsonNode?> Variables,
    IReadOnlyList<JournalEntryView> Journal,
    IReadOnlyList<IncidentView> Incidents);
