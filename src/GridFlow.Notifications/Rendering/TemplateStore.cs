using Npgsql;

namespace GridFlow.Notifications.Rendering;

/// <summary>Reads designers' template overrides (a small table, read whole once per delivery batch).</summary>
public static class TemplateStore
{
    public static async Task<TemplateSet> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT name, culture, subject, body FROM notification_templates", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var overrides = new Dictionary<(string, string), TemplateText>();
        while (await reader.ReadAsync(cancellationToken))
        {
            overrides[(reader.GetString(0), reader.GetString(1))] = new TemplateText(reader.GetString(2), reader.GetString(3));
        }

        return new TemplateSet(overrides);
    }
}
