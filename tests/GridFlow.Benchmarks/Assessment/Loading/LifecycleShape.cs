using System.Text.Json.Nodes;
using GridFlow.Data.Statements;
using Npgsql;

namespace GridFlow.Benchmarks.Assessment.Loading;

/// <summary>
/// The published default lifecycle as the host imported it (<c>workflows/issue-lifecycle.json</c>): its version, the
/// categories mapped to it, and the name, assignee rule, outcomes and form of each user task, so loaded tasks carry
/// what the engine would have copied into them. Only categories of this lifecycle are used: the strict one has
/// other activities.
/// </summary>
public sealed record LifecycleShape(string DefinitionId, int Version, IReadOnlyList<string> Categories, IReadOnlyDictionary<string, TaskTemplate> Tasks)
{
    public const string Default = "issue-lifecycle";

    public static async Task<LifecycleShape> ReadAsync(NpgsqlConnection connection)
    {
        int version;
        string json;
        await using (var command = Sql.Command(connection, null,
            "SELECT version, json::text AS json FROM workflow_definitions WHERE definition_id = $1 AND status = 'published' ORDER BY version DESC LIMIT 1", Default))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            if (!await reader.ReadAsync())
            {
                throw new InvalidOperationException($"the host imported no published {Default}");
            }

            (version, json) = (reader.GetInt32(reader.GetOrdinal("version")), reader.GetString(reader.GetOrdinal("json")));
        }

        var categories = new List<string>();
        await using (var command = Sql.Command(connection, null, "SELECT code FROM issue_categories WHERE workflow_definition_id = $1 ORDER BY code", Default))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                categories.Add(reader.GetString(0));
            }
        }

        var tasks = new Dictionary<string, TaskTemplate>(StringComparer.Ordinal);
        foreach (var activity in JsonNode.Parse(json)!["root"]!["activities"]!.AsArray())
        {
            if ((string?)activity!["type"] == "GridFlow.UserTask")
            {
                var id = (string)activity["id"]!;
                tasks[id] = new TaskTemplate(id, (string)activity["name"]!, (string)activity["assignee"]!["rule"]!,
                    activity["outcomes"]!.ToJsonString(), activity["form"]?.ToJsonString() ?? "[]");
            }
        }

        return categories.Count > 0 && tasks.ContainsKey("accept") && tasks.ContainsKey("rectify") && tasks.ContainsKey("verify") && tasks.ContainsKey("reopen-window")
            ? new LifecycleShape(Default, version, categories, tasks)
            : throw new InvalidOperationException($"{Default} v{version} is not the shape the loader knows (categories: {categories.Count}, tasks: {string.Join(",", tasks.Keys)})");
    }
}
