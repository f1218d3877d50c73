using System.Text.Json.Nodes;
using GridFlow.Contracts.Issues;

namespace GridFlow.Contracts.Workflows;

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
