namespace GridFlow.Notifications.Rendering;

/// <summary>Reads designers' template overrides (a small table, read whole once per delivery batch).</summary>
public static class TemplateStore
{
    public static async Task<TemplateSet> LoadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, transaction, "SELECT name, culture, subject, body FROM notification_templates");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var overrides = new Dictionary<(string, string), TemplateText>();
        var (name, culture, subject, body) = (reader.GetOrdinal("name"), reader.GetOrdinal("culture"), reader.GetOrdinal("subject"), reader.GetOrdinal("body"));
        while (await reader.ReadAsync(cancellationToken))
        {
            overrides[(reader.GetString(name), reader.GetString(culture))] = new TemplateText(reader.GetString(subject), reader.GetString(body));
        }

        return new TemplateSet(overrides);
    }
}
